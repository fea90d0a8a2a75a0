package fr.uphf.site.audit;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import fr.uphf.site.admissions.OrientationRule;
import fr.uphf.site.admissions.OrientationRuleRepository;
import fr.uphf.site.campus.Campus;
import fr.uphf.site.campus.CampusRepository;
import fr.uphf.site.mobility.GrantCombinationRepository;
import fr.uphf.site.mobility.GrantDurationRepository;
import fr.uphf.site.services.ServiceLocationRepository;
import fr.uphf.site.support.JpaSliceTest;
import fr.uphf.site.support.MutableClock;
import fr.uphf.site.university.TimelineEventRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The rows staff edit, on their own: a change is stamped with the site's clock and its author by Spring Data's
 * auditing, and rows reach the rows they refer to through their relations, as the foreign keys say.
 */
@JpaSliceTest
class EditedRowsTest {

    @Autowired
    CampusRepository campuses;

    @Autowired
    TimelineEventRepository events;

    @Autowired
    ServiceLocationRepository locations;

    @Autowired
    GrantDurationRepository durations;

    @Autowired
    GrantCombinationRepository combinations;

    @Autowired
    OrientationRuleRepository orientationRules;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetClockAndUser() {
        clock.reset();
        SecurityContextHolder.clearContext();
    }

    @Test
    void aChangeIsStampedWithTheSiteClockAndTheSignedInUser() {
        clock.advance(Duration.ofDays(40));
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("redactrice", null));
        Campus campus = campuses.findBySlug("cambrai").orElseThrow();
        long version = campus.getVersion();

        campus.setSummary("Présentation modifiée.");
        campuses.saveAndFlush(campus);

        assertThat(campus.getUpdatedBy()).isEqualTo("redactrice");
        assertThat(campus.getUpdatedAt()).isCloseTo(Instant.now().plus(Duration.ofDays(40)), within(1, ChronoUnit.MINUTES));
        assertThat(campus.getVersion()).isEqualTo(version + 1);
        assertThat(jdbc.queryForObject("select updated_by from campus where id = ?", String.class, campus.getId()))
                .isEqualTo("redactrice");
    }

    @Test
    void aChangeWithoutASignedInUserIsTheSystems() {
        Campus campus = campuses.findBySlug("maubeuge").orElseThrow();
        campus.setCity("Maubeuge (Nord)");
        campuses.saveAndFlush(campus);

        assertThat(campus.getUpdatedBy()).isEqualTo("système");
        assertThat(campus.getUpdatedAt()).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
    }

    @Test
    void rowsReachTheRowsTheyReferToAsTheirForeignKeysSay() {
        Campus montHouy = campuses.findBySlug("mont-houy").orElseThrow();
        assertThat(events.findByCampusOrderByYearAscSortOrderAsc(montHouy)).isNotEmpty()
                .allSatisfy(event -> assertThat(event.getCampus().getSlug()).isEqualTo("mont-houy"));
        assertThat(locations.findAllByOrderBySortOrder()).isNotEmpty().allSatisfy(location -> assertThat(
                location.getCampus().getId()).isEqualTo(jdbc.queryForObject(
                        "select campus_id from service_location where id = ?", Long.class, location.getId())));
        assertThat(durations.findAll()).isNotEmpty().allSatisfy(duration -> assertThat(
                duration.getConditions().getGrant().getCode()).isEqualTo(jdbc.queryForObject("""
                        select g.code from grant_duration d join grant_rule r on r.id = d.rule_id
                        join mobility_grant g on g.id = r.grant_id where d.id = ?""", String.class, duration.getId())));
        assertThat(combinations.findByAcademicYear("2022-2023")).isNotEmpty().allSatisfy(pair -> assertThat(
                List.of(pair.getGrantA().getId(), pair.getGrantB().getId())).isEqualTo(jdbc.queryForList(
                        "select unnest(array[grant_a_id, grant_b_id]) from grant_combination where id = ?", Long.class,
                        pair.getId())));
        List<OrientationRule> withContact = orientationRules.findAll().stream()
                .filter(rule -> rule.getContactPoint() != null).toList();
        assertThat(withContact).hasSize(jdbc.queryForObject(
                "select count(*) from orientation_rule where contact_point_id is not null", Integer.class));
    }
}
