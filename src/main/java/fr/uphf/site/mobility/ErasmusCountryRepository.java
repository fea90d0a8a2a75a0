package fr.uphf.site.mobility;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ErasmusCountryRepository extends JpaRepository<ErasmusCountry, Long> {

    List<ErasmusCountry> findAllByOrderByCountryGroupAscNameAsc();

    List<ErasmusCountry> findByAcademicYearOrderByCountryGroupAscNameAsc(String academicYear);
}
