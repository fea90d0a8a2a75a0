package fr.uphf.site.admin;

import java.util.List;
import java.util.function.Function;

import jakarta.persistence.Table;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;

/** A structured table that staff edit in the admin: its address, entity, repository, order and editable columns. */
public record DataType<T>(String slug, Class<T> entityClass, JpaRepository<T, Long> repository, Sort order,
        List<DataField> fields, Function<T, String> label) {

    public boolean ordered() {
        return fields.stream().anyMatch(field -> field.name().equals("sortOrder"));
    }

    /** The table of the entity, as its {@code @Table} names it. */
    String table() {
        return entityClass.getAnnotation(Table.class).name();
    }

    @SuppressWarnings("unchecked")
    String labelOf(Object entity) {
        return label.apply((T) entity);
    }
}
