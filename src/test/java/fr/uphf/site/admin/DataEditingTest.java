package fr.uphf.site.admin;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import fr.uphf.site.audit.AuditLogRepository;
import fr.uphf.site.campus.Campus;
import fr.uphf.site.campus.CampusRepository;
import fr.uphf.site.eunice.EunicePartner;
import fr.uphf.site.eunice.EunicePartnerRepository;
import fr.uphf.site.mobility.GrantAmount;
import fr.uphf.site.mobility.GrantAmountRepository;
import fr.uphf.site.support.SiteCrawler;
import fr.uphf.site.support.SiteTest;
import fr.uphf.site.support.Staff;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Staff edit the structured tables; an edit shows on every public page that displays the row. */
@SiteTest
class DataEditingTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    GrantAmountRepository amounts;

    @Autowired
    EunicePartnerRepository partners;

    @Autowired
    CampusRepository campuses;

    @Autowired
    AuditLogRepository audit;

    private String publicText(String path) throws Exception {
        return SiteCrawler.normalise(new SiteCrawler(mvc).page(path).text());
    }

    @Test
    void changingAGrantAmountChangesThePublishedTable() throws Exception {
        GrantAmount supplement = amounts.findAllByOrderBySortOrder().stream()
                .filter(amount -> amount.getAmount().compareTo(new BigDecimal("150")) == 0).findFirst().orElseThrow();
        assertThat(publicText("/mobilite/aides-financieres")).contains("150 €").doesNotContain("175,50 €");
        mvc.perform(post("/admin/donnees/montants-aides/" + supplement.getId()).with(Staff.editor()).with(csrf())
                        .param("grant", supplement.getGrant().getId().toString()).param("label", supplement.getLabel())
                        .param("academicYear", supplement.getAcademicYear()).param("purpose", supplement.getPurpose().name())
                        .param("amount", "175,50").param("unit", "MOIS").param("countryGroup", "")
                        .param("sortOrder", String.valueOf(supplement.getSortOrder()))
                        .param("version", String.valueOf(supplement.getVersion())))
                .andExpect(redirectedUrl("/admin/donnees/montants-aides"));
        assertThat(publicText("/mobilite/aides-financieres")).contains("175,50 €");
        assertThat(audit.search("redactrice", "EDIT", "montants-aides", Pageable.unpaged())).isNotEmpty();
        mvc.perform(post("/admin/donnees/montants-aides/" + supplement.getId()).with(Staff.editor()).with(csrf())
                .param("grant", supplement.getGrant().getId().toString()).param("label", supplement.getLabel())
                .param("academicYear", supplement.getAcademicYear()).param("purpose", supplement.getPurpose().name())
                .param("amount", "150").param("unit", "MOIS").param("countryGroup", "")
                .param("sortOrder", String.valueOf(supplement.getSortOrder()))
                .param("version", String.valueOf(amounts.findById(supplement.getId()).orElseThrow().getVersion())))
                .andExpect(redirectedUrl("/admin/donnees/montants-aides"));
        assertThat(publicText("/mobilite/aides-financieres")).contains("150 €").doesNotContain("175,50 €");

        DataType<?> amountsType = types.find("montants-aides").orElseThrow();
        var history = editor.history(amountsType, supplement.getId());
        assertThat(history).hasSizeGreaterThanOrEqualTo(2);
        assertThat(history.get(1).values().get("amount")).isEqualTo("175,50");
        String page = mvc.perform(get("/admin/donnees/montants-aides/" + supplement.getId() + "/revisions").with(Staff.editor()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(page).select(".version-values dd").eachText()).contains("modifié 150\u202f€")
                .anyMatch(value -> value.endsWith("175,50\u202f€"));
        String restoring = mvc.perform(get("/admin/donnees/montants-aides/" + supplement.getId() + "/revisions/"
                        + history.get(1).revision().getId()).with(Staff.editor()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(restoring).select("#amount").val()).isEqualTo("175,50");
    }

    @Test
    void amountsAreReadAsPeopleTypeThemAndPrintedBackTheFrenchWay() throws Exception {
        GrantAmount amount = amounts.findAllByOrderBySortOrder().get(0);
        for (String[] typed : new String[][] {{"1 750", "1750"}, {"175,50 €", "175.50"}, {"1\u202f750,5", "1750.50"}}) {
            saveAmount(amount, typed[0]);
            assertThat(amounts.findById(amount.getId()).orElseThrow().getAmount()).as(typed[0])
                    .isEqualByComparingTo(typed[1]);
        }
        Document form = Jsoup.parse(mvc.perform(get("/admin/donnees/montants-aides/" + amount.getId()).with(Staff.editor()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(form.select("#amount").val()).isEqualTo("1\u202f750,50");
        assertThat(form.select("#amount").attr("inputmode")).isEqualTo("decimal");
        saveAmount(amount, amount.getAmount().toPlainString());
    }

    private void saveAmount(GrantAmount amount, String typed) throws Exception {
        mvc.perform(post("/admin/donnees/montants-aides/" + amount.getId()).with(Staff.editor()).with(csrf())
                        .param("grant", amount.getGrant().getId().toString()).param("label", amount.getLabel())
                        .param("academicYear", amount.getAcademicYear()).param("purpose", amount.getPurpose().name())
                        .param("amount", typed).param("unit", amount.getUnit().name())
                        .param("countryGroup", amount.getCountryGroup() == null ? "" : amount.getCountryGroup().toString())
                        .param("sortOrder", String.valueOf(amount.getSortOrder()))
                        .param("version", String.valueOf(amounts.findById(amount.getId()).orElseThrow().getVersion())))
                .andExpect(redirectedUrl("/admin/donnees/montants-aides"));
    }

    @Test
    void invalidValuesAreReportedByFieldAndKept() throws Exception {
        EunicePartner partner = partners.findAllByOrderBySortOrder().get(0);
        String html = mvc.perform(post("/admin/donnees/partenaires-eunice/" + partner.getId()).with(Staff.editor()).with(csrf())
                        .param("name", "").param("city", "Poznań").param("country", "Pologne")
                        .param("countryCode", "POL").param("sortOrder", "dix")
                        .param("version", String.valueOf(partner.getVersion())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Document form = Jsoup.parse(html);
        assertThat(form.select("#name-error").text()).isEqualTo("Ce champ est obligatoire.");
        assertThat(form.select("#countryCode-error").text()).isEqualTo("Ce texte est trop long : 2 caractères au plus.");
        assertThat(form.select("#sortOrder-error").text()).contains("Nombre attendu");
        assertThat(form.select("#city").val()).isEqualTo("Poznań");
        assertThat(partners.findById(partner.getId()).orElseThrow().getName()).isEqualTo(partner.getName());
    }

    /** RGAA 11.10 and 11.11: the limits of the entity's constraints, said before sending and in each refusal. */
    @Test
    void eachFieldSaysWhatItAcceptsBeforeSendingAndARefusalGivesTheLimit() throws Exception {
        Campus campus = campuses.findBySlug("cambrai").orElseThrow();
        Document campusForm = Jsoup.parse(mvc.perform(get("/admin/donnees/campus/" + campus.getId()).with(Staff.editor()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(campusForm.select("#slug-hint").text()).isEqualTo(
                "80 caractères au plus ; lettres minuscules non accentuées, chiffres et tirets (ex. : mont-houy).");
        assertThat(campusForm.select("#slug").attr("aria-describedby")).isEqualTo("slug-hint");
        assertThat(SiteCrawler.normalise(campusForm.select("#summary-hint").text())).isEqualTo("5 000 caractères au plus.");
        assertThat(campusForm.select("#latitude-hint").text()).isEqualTo("Entre -90 et 90 ; 5 chiffres après la virgule au"
                + " plus ; en degrés décimaux, positive au nord de l’équateur (ex. : 50,3251).");

        Document empty = Jsoup.parse(mvc.perform(get("/admin/donnees/classements/nouveau").with(Staff.editor()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(empty.select("#year-hint").text()).isEqualTo("Entre 1900 et 2200.");
        assertThat(empty.select("#score-hint").text())
                .isEqualTo("Entre 0 et 100 ; un chiffre après la virgule au plus ; par exemple 92,4.");

        Document refused = Jsoup.parse(mvc.perform(post("/admin/donnees/classements/nouveau").with(Staff.editor())
                        .with(csrf()).param("ranking", "Essai").param("year", "1800").param("score", "150")
                        .param("participants", "0").param("band", "x".repeat(41)).param("sortOrder", "1"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(refused.select("#year-error").text()).isEqualTo("Valeur trop petite : 1900 au moins.");
        assertThat(refused.select("#score-error").text()).isEqualTo("Valeur trop grande : 100 au plus.");
        assertThat(refused.select("#participants-error").text()).isEqualTo("Valeur trop petite : 1 au moins.");
        assertThat(refused.select("#band-error").text()).isEqualTo("Ce texte est trop long : 40 caractères au plus.");
        assertThat(refused.select("#score").attr("aria-describedby")).isEqualTo("score-hint score-error");
    }

    @Test
    void aStaleEditIsRefusedAndTheSavedVersionShown() throws Exception {
        Campus campus = campuses.findBySlug("cambrai").orElseThrow();
        long version = campus.getVersion();
        mvc.perform(post("/admin/donnees/campus/" + campus.getId()).with(Staff.editor()).with(csrf())
                        .param("slug", "cambrai").param("name", "Cambrai").param("city", "Cambrai")
                        .param("summary", "Résumé modifié par la première personne.").param("sortOrder", "3")
                        .param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
        String html = mvc.perform(post("/admin/donnees/campus/" + campus.getId()).with(Staff.editor()).with(csrf())
                        .param("slug", "cambrai").param("name", "Cambrai").param("city", "Cambrai")
                        .param("summary", "Résumé de la seconde personne.").param("sortOrder", "3")
                        .param("version", String.valueOf(version)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Document conflict = Jsoup.parse(html);
        assertThat(conflict.select(".conflict").text()).contains("Résumé modifié par la première personne.");
        assertThat(conflict.select("#summary").val()).isEqualTo("Résumé de la seconde personne.");
        assertThat(campuses.findBySlug("cambrai").orElseThrow().getSummary())
                .isEqualTo("Résumé modifié par la première personne.");
        assertThat(publicText("/campus/cambrai")).contains("Résumé modifié par la première personne.");
    }

    @Test
    void aRowInUseCannotBeDeletedAndTheErrorIsExplained() throws Exception {
        Campus montHouy = campuses.findBySlug("mont-houy").orElseThrow();
        mvc.perform(post("/admin/donnees/campus/" + montHouy.getId() + "/supprimer").with(Staff.editor()).with(csrf()))
                .andExpect(redirectedUrl("/admin/donnees/campus"));
        assertThat(campuses.findBySlug("mont-houy")).isPresent();
        mvc.perform(get("/campus/mont-houy")).andExpect(status().isOk());
    }

    @Test
    void rowsCanBeCreatedReorderedAndDeleted() throws Exception {
        mvc.perform(post("/admin/donnees/partenaires-eunice/nouveau").with(Staff.editor()).with(csrf())
                        .param("name", "Université d'essai").param("city", "Essai").param("country", "Essaiie")
                        .param("countryCode", "EE").param("sortOrder", "999"))
                .andExpect(redirectedUrl("/admin/donnees/partenaires-eunice"));
        EunicePartner created = partners.findAllByOrderBySortOrder().stream()
                .filter(partner -> partner.getName().equals("Université d'essai")).findFirst().orElseThrow();
        assertThat(publicText("/eunice/partenaires")).contains("Université d'essai");

        mvc.perform(post("/admin/donnees/partenaires-eunice/" + created.getId() + "/deplacer").param("sens", "-1")
                .with(Staff.editor()).with(csrf())).andExpect(status().is3xxRedirection());
        var order = partners.findAllByOrderBySortOrder();
        assertThat(order.get(order.size() - 2).getId()).isEqualTo(created.getId());

        mvc.perform(post("/admin/donnees/partenaires-eunice/" + created.getId() + "/supprimer")
                .with(Staff.editor()).with(csrf())).andExpect(redirectedUrl("/admin/donnees/partenaires-eunice"));
        assertThat(partners.findById(created.getId())).isEmpty();
        assertThat(publicText("/eunice/partenaires")).doesNotContain("Université d'essai");
        assertThat(audit.search("redactrice", "DELETE", "partenaires-eunice", Pageable.unpaged())).isNotEmpty();
    }

    @Autowired
    DataTypes types;

    @Autowired
    DataEditor editor;

    @Test
    void everyTableHasAListAndFormsWhoseFieldsAreLabelled() throws Exception {
        assertThat(types.all()).hasSizeGreaterThanOrEqualTo(18);
        for (DataType<?> type : types.all()) {
            String base = "/admin/donnees/" + type.slug();
            mvc.perform(get(base).with(Staff.editor())).andExpect(status().isOk());
            var rows = editor.list(type);
            assertThat(rows).as(type.slug()).isNotEmpty();
            for (String path : new String[] {base + "/nouveau", base + "/" + rows.get(0).id()}) {
                Document form = Jsoup.parse(mvc.perform(get(path).with(Staff.editor())).andExpect(status().isOk())
                        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
                for (var field : form.select("form.form input:not([type=hidden]), form.form select, form.form textarea")) {
                    boolean labelled = field.parents().is("label")
                            || !field.id().isEmpty() && !form.select("label[for=" + field.id() + "]").isEmpty();
                    assertThat(labelled).as(path + " " + field).isTrue();
                }
            }
        }
    }

    @Test
    void anOrientationRuleEditedInTheAdminChangesTheGuidesAnswer() throws Exception {
        DataType<?> rules = types.find("regles-orientation").orElseThrow();
        DataEditor.Row meef = editor.list(rules).stream()
                .filter(row -> row.values().get("programmes").equals("MEEF") && row.values().get("route").equals("MON_MASTER"))
                .findFirst().orElseThrow();
        var form = new LinkedMultiValueMap<String, String>();
        meef.values().forEach((name, value) -> {
            if (name.equals("programmes")) {
                form.add(name, "MEEF");
            } else {
                form.add(name, value);
            }
        });
        form.set("explanation", "Explication modifiée par l'administration.");
        form.set("version", String.valueOf(meef.version()));
        mvc.perform(post("/admin/donnees/regles-orientation/" + meef.id()).params(form).with(Staff.editor()).with(csrf()))
                .andExpect(redirectedUrl("/admin/donnees/regles-orientation"));
        String answer = mvc.perform(get("/api/admission/orientation").param("diplome", "MEEF").param("annee", "1")
                        .param("apprentissage", "false").param("profil", "ETUDIANT").param("residenceFrance", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(answer).contains("Explication modifiée par l'administration.");

        form.set("explanation", meef.values().get("explanation"));
        form.set("version", String.valueOf(editor.get(rules, meef.id()).version()));
        mvc.perform(post("/admin/donnees/regles-orientation/" + meef.id()).params(form).with(Staff.editor()).with(csrf()))
                .andExpect(redirectedUrl("/admin/donnees/regles-orientation"));
        assertThat(editor.get(rules, meef.id()).values()).isEqualTo(meef.values());
    }

    @Test
    void unknownTablesAndRowsAreNotFound() throws Exception {
        mvc.perform(get("/admin/donnees/inconnu").with(Staff.editor())).andExpect(status().isNotFound());
        mvc.perform(get("/admin/donnees/campus/999999").with(Staff.editor())).andExpect(status().isNotFound());
    }
}
