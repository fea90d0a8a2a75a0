package fr.uphf.site.admin;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import fr.uphf.site.shared.AuditedEntity;
import fr.uphf.site.shared.OrderedEntity;
import jakarta.persistence.Table;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * A structured table that staff edit in the admin: its address, entity, repository, order, editable properties, how
 * a row is labelled and how a new row starts.
 */
public record DataType<T extends AuditedEntity>(String slug, Class<T> entityClass, JpaRepository<T, Long> repository,
        Sort order, List<DataField> fields, Function<T, String> label, Supplier<T> creator) {

    /** Whether staff choose the order of the rows, moving them up and down. */
    public boolean ordered() {
        return OrderedEntity.class.isAssignableFrom(entityClass);
    }

    /** The properties the form may bind. */
    String[] fieldNames() {
        return fields.stream().map(DataField::name).toArray(String[]::new);
    }

    /** The table of the entity, as its {@code @Table} names it. */
    String table() {
        return entityClass.getAnnotation(Table.class).name();
    }

    String labelOf(AuditedEntity entity) {
        return label.apply(entityClass.cast(entity));
    }

    /** A new row, as its constructor starts it. */
    T create() {
        return creator.get();
    }
}
