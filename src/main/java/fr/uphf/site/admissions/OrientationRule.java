package fr.uphf.site.admissions;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import fr.uphf.site.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * One rule of the « Où candidater ? » guide: the answers it applies to and what it tells the candidate. Rules are
 * tried in sort order; the first that matches wins. A rule without a route sends the candidate to the programme's
 * office instead of a platform.
 */
@Entity
@Table(name = "orientation_rule")
public class OrientationRule extends AuditedEntity {

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private String name;

    private String[] programmes;

    @Column(name = "year_min")
    private Integer yearMin;

    @Column(name = "year_max")
    private Integer yearMax;

    private Boolean apprenticeship;

    @Enumerated(EnumType.STRING)
    private ApplicantProfile profile;

    @Column(name = "lives_in_france")
    private Boolean livesInFrance;

    @Enumerated(EnumType.STRING)
    private ApplicationRoute route;

    @Column(nullable = false)
    private String explanation;

    /** The next steps, one per line. */
    @Column(nullable = false)
    private String steps;

    @Column(nullable = false)
    private String contact;

    @Column(name = "contact_point_id")
    private Long contactPointId;

    protected OrientationRule() {
    }

    public OrientationRule(int sortOrder, String name, OrientationMatch match, ApplicationRoute route,
            String explanation, String steps, String contact, Long contactPointId) {
        this.sortOrder = sortOrder;
        this.name = name;
        this.programmes = match.programmes().isEmpty() ? null
                : match.programmes().stream().map(Programme::name).sorted().toArray(String[]::new);
        this.yearMin = match.yearMin();
        this.yearMax = match.yearMax();
        this.apprenticeship = match.apprenticeship();
        this.profile = match.profile();
        this.livesInFrance = match.livesInFrance();
        this.route = route;
        this.explanation = explanation;
        this.steps = steps;
        this.contact = contact;
        this.contactPointId = contactPointId;
    }

    public OrientationMatch match() {
        return new OrientationMatch(
                programmes == null ? null : Arrays.stream(programmes).map(Programme::valueOf).collect(Collectors.toSet()),
                yearMin, yearMax, apprenticeship, profile, livesInFrance);
    }

    /** The steps, one per non-blank line. */
    public List<String> stepList() {
        return steps.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getName() {
        return name;
    }

    public ApplicationRoute getRoute() {
        return route;
    }

    public String getExplanation() {
        return explanation;
    }

    public String getSteps() {
        return steps;
    }

    public String getContact() {
        return contact;
    }

    public Long getContactPointId() {
        return contactPointId;
    }
}
