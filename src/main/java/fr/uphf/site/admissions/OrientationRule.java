package fr.uphf.site.admissions;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import fr.uphf.site.services.ContactPoint;
import fr.uphf.site.shared.OrderedEntity;
import fr.uphf.site.translation.Localized;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * One rule of the « Où candidater ? » guide: the answers it applies to and what it tells the candidate. Rules are
 * tried in sort order; the first that matches wins. A rule without a route sends the candidate to the programme's
 * office instead of a platform.
 */
@Entity
@Table(name = "orientation_rule")
public class OrientationRule extends OrderedEntity {

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false)
    private String name;

    private String[] programmes;

    @Min(1)
    @Max(5)
    @Column(name = "year_min")
    private Integer yearMin;

    @Min(1)
    @Max(5)
    @Column(name = "year_max")
    private Integer yearMax;

    private Boolean apprenticeship;

    @Enumerated(EnumType.STRING)
    private ApplicantProfile profile;

    @Column(name = "lives_in_france")
    private Boolean livesInFrance;

    @Enumerated(EnumType.STRING)
    private ApplicationRoute route;

    @NotBlank
    @Size(max = 5000)
    @Column(nullable = false)
    private String explanation;

    /** The next steps, one per line. */
    @NotBlank
    @Size(max = 5000)
    @Column(nullable = false)
    private String steps;

    @NotBlank
    @Size(max = 300)
    @Column(nullable = false)
    private String contact;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "contact_point_id")
    private ContactPoint contactPoint;

    /** A new rule, as staff start it in the admin. */
    public OrientationRule() {
    }

    public OrientationRule(int sortOrder, String name, OrientationMatch match, ApplicationRoute route,
            String explanation, String steps, String contact, ContactPoint contactPoint) {
        setSortOrder(sortOrder);
        this.name = name;
        setProgrammes(match.programmes());
        this.yearMin = match.yearMin();
        this.yearMax = match.yearMax();
        this.apprenticeship = match.apprenticeship();
        this.profile = match.profile();
        this.livesInFrance = match.livesInFrance();
        this.route = route;
        this.explanation = explanation;
        this.steps = steps;
        this.contact = contact;
        this.contactPoint = contactPoint;
    }

    public OrientationMatch match() {
        return new OrientationMatch(
                getProgrammes(),
                yearMin, yearMax, apprenticeship, profile, livesInFrance);
    }

    /** Steps written one per line, as the non-blank lines, each in the language of the text. */
    static List<Localized> lines(Localized steps) {
        return steps.text().lines().map(String::strip).filter(line -> !line.isEmpty())
                .map(line -> new Localized(line, steps.french())).toList();
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

    public void setName(String name) {
        this.name = name;
    }

    /** The programmes the rule applies to, none for all; stored as their codes. */
    public Set<Programme> getProgrammes() {
        return programmes == null ? EnumSet.noneOf(Programme.class) : Arrays.stream(programmes).map(Programme::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Programme.class)));
    }

    public void setProgrammes(Set<Programme> programmes) {
        this.programmes = programmes == null || programmes.isEmpty() ? null
                : programmes.stream().map(Programme::name).sorted().toArray(String[]::new);
    }

    public Integer getYearMin() {
        return yearMin;
    }

    public void setYearMin(Integer yearMin) {
        this.yearMin = yearMin;
    }

    public Integer getYearMax() {
        return yearMax;
    }

    public void setYearMax(Integer yearMax) {
        this.yearMax = yearMax;
    }

    public Boolean getApprenticeship() {
        return apprenticeship;
    }

    public void setApprenticeship(Boolean apprenticeship) {
        this.apprenticeship = apprenticeship;
    }

    public ApplicantProfile getProfile() {
        return profile;
    }

    public void setProfile(ApplicantProfile profile) {
        this.profile = profile;
    }

    public Boolean getLivesInFrance() {
        return livesInFrance;
    }

    public void setLivesInFrance(Boolean livesInFrance) {
        this.livesInFrance = livesInFrance;
    }

    public void setRoute(ApplicationRoute route) {
        this.route = route;
    }

    public void setExplanation(String explanation) {
        this.explanation = explanation;
    }

    public void setSteps(String steps) {
        this.steps = steps;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public ContactPoint getContactPoint() {
        return contactPoint;
    }

    public void setContactPoint(ContactPoint contactPoint) {
        this.contactPoint = contactPoint;
    }
}
