package fr.uphf.site.shared;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A row that staff edit and show in the order they choose: its place among the others, smallest first. */
@MappedSuperclass
public abstract class OrderedEntity extends AuditedEntity {

    @NotNull
    @Min(0)
    @Max(9999)
    @Column(name = "sort_order", nullable = false)
    private Integer sortOrder;

    public Integer getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(Integer sortOrder) {
        this.sortOrder = sortOrder;
    }
}
