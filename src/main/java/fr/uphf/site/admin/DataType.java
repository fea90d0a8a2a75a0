package fr.uphf.site.admin;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;

/** A structured table that staff edit in the admin: its address, entity, repository, order and editable columns. */
public record DataType<T>(String slug, Class<T> entityClass, JpaRepository<T, Long> repository, Sort order,
        List<DataField> fields, Function<T, String> label) {

    public boolean ordered() {
        return fields.stream().anyMatch(field -> field.name().equals("sortOrder"));
    }

    @SuppressWarnings("unchecked")
    String labelOf(Object entity) {
        return label.apply((T) entity);
    }
}
