package fr.uphf.site.mobility;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.uphf.site.audit.AuditAction;
import fr.uphf.site.audit.AuditLog;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The academic years of grant rules, as staff prepare and publish them: a new year starts as a draft copy of the
 * published year's rules, amounts, criteria, durations, combinations and Erasmus+ countries, which staff then edit
 * under « Données »; publishing it switches the published tables and the estimator to it. Each change is audited.
 */
@Service
public class GrantYears {

    /** The kind of object in the audit log. */
    public static final String TYPE = "annees-aides";

    private static final Pattern CODE = Pattern.compile("(\\d{4})-(\\d{4})");

    private final GrantYearRepository years;
    private final GrantCatalogues catalogues;
    private final JdbcClient jdbc;
    private final AuditLog audit;

    GrantYears(GrantYearRepository years, GrantCatalogues catalogues, JdbcClient jdbc, AuditLog audit) {
        this.years = years;
        this.catalogues = catalogues;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<GrantYear> all() {
        return years.findAll(Sort.by(Sort.Direction.DESC, "code"));
    }

    @Transactional(readOnly = true)
    public Optional<GrantYear> find(String code) {
        return years.findByCode(code);
    }

    /** The year after the latest one, as a suggestion for the next draft: « 2023-2024 » after « 2022-2023 ». */
    @Transactional(readOnly = true)
    public String next() {
        return years.findAll(Sort.by(Sort.Direction.DESC, "code")).stream().findFirst()
                .map(latest -> Integer.parseInt(latest.getCode().substring(5)))
                .map(start -> start + "-" + (start + 1)).orElse("");
    }

    /**
     * The message key of what is wrong with a new year's code, or null: two consecutive years, not yet prepared, and
     * a published year to copy.
     */
    @Transactional(readOnly = true)
    public String refusal(String code) {
        Matcher matcher = CODE.matcher(code == null ? "" : code.strip());
        if (!matcher.matches() || Integer.parseInt(matcher.group(2)) != Integer.parseInt(matcher.group(1)) + 1) {
            return "admin.grantYear.error.code";
        }
        if (years.findByCode(code.strip()).isPresent()) {
            return "admin.grantYear.error.exists";
        }
        if (years.findByPublishedTrue().isEmpty()) {
            return "admin.grantYear.error.noPublished";
        }
        return null;
    }

    /** Prepares a draft year as a copy of the published one; the code must have passed {@link #refusal}. */
    @Transactional
    public void createDraft(String code) {
        String year = code.strip();
        String from = years.findByPublishedTrue().orElseThrow().getCode();
        jdbc.sql("insert into grant_year (code) values (?)")
                .param(year).update();
        jdbc.sql("""
                insert into grant_rule (grant_id, academic_year, levels, boursier_required, quotient_ceiling,
                    erasmus_countries_only, amount_is_ceiling, tax_notice_required, travel_only_if_housed,
                    travel_only_above_weekly_allowance)
                select grant_id, :to, levels, boursier_required, quotient_ceiling, erasmus_countries_only,
                    amount_is_ceiling, tax_notice_required, travel_only_if_housed, travel_only_above_weekly_allowance
                from grant_rule where academic_year = :from""").param("to", year).param("from", from).update();
        jdbc.sql("""
                insert into grant_duration (rule_id, stay_type, level, min_days, max_days, per_cycle)
                select copy.id, d.stay_type, d.level, d.min_days, d.max_days, d.per_cycle from grant_duration d
                join grant_rule original on original.id = d.rule_id and original.academic_year = :from
                join grant_rule copy on copy.grant_id = original.grant_id and copy.academic_year = :to""")
                .param("to", year).param("from", from).update();
        jdbc.sql("""
                insert into grant_amount (grant_id, label, amount, unit, country_group, sort_order, academic_year, purpose)
                select grant_id, label, amount, unit, country_group, sort_order, :to, purpose from grant_amount
                where academic_year = :from""").param("to", year).param("from", from).update();
        jdbc.sql("""
                insert into grant_criterion (grant_id, body, sort_order, academic_year)
                select grant_id, body, sort_order, :to from grant_criterion where academic_year = :from""")
                .param("to", year).param("from", from).update();
        jdbc.sql("""
                insert into grant_combination (academic_year, grant_a_id, grant_b_id, status)
                select :to, grant_a_id, grant_b_id, status from grant_combination where academic_year = :from""")
                .param("to", year).param("from", from).update();
        jdbc.sql("""
                insert into erasmus_country (name, iso_code, country_group, academic_year)
                select name, iso_code, country_group, :to from erasmus_country where academic_year = :from""")
                .param("to", year).param("from", from).update();
        copyTranslations(from, year);
        GrantYear created = years.findByCode(year).orElseThrow();
        audit.record(AuditAction.CREATE, TYPE, created.getId(), year + " (copie de " + from + ")", null);
    }

    /** The English of the copied amounts, criteria and countries goes with them, still translating the same French. */
    private void copyTranslations(String from, String to) {
        String[][] tables = {
            {"grant_amount", "grant_id = o.grant_id and c.sort_order = o.sort_order and c.label = o.label"},
            {"grant_criterion", "grant_id = o.grant_id and c.sort_order = o.sort_order and c.body = o.body"},
            {"erasmus_country", "iso_code = o.iso_code"}};
        for (String[] copied : tables) {
            jdbc.sql("""
                    insert into translation (object_type, object_id, field, text, source_text, html)
                    select t.object_type, c.id, t.field, t.text, t.source_text, t.html
                    from translation t
                    join %1$s o on t.object_type = '%1$s' and t.object_id = o.id and o.academic_year = :from
                    join %1$s c on c.academic_year = :to and c.%2$s""".formatted(copied[0], copied[1]))
                    .param("from", from).param("to", to).update();
        }
    }

    /** Publishes a year: the published tables and the estimator switch to it; the year published before is withdrawn. */
    @Transactional
    public void publish(GrantYear year) {
        catalogues.publish(year.getCode());
        audit.record(AuditAction.PUBLISH, TYPE, year.getId(), year.getCode(), null);
    }
}
