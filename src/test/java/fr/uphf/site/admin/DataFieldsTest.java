package fr.uphf.site.admin;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import fr.uphf.site.admissions.ApplicantProfile;
import fr.uphf.site.admissions.ApplicationPlatform;
import fr.uphf.site.admissions.ApplicationPlatformRepository;
import fr.uphf.site.admissions.ApplicationRoute;
import fr.uphf.site.admissions.Programme;
import fr.uphf.site.mobility.ErasmusCountryRepository;
import fr.uphf.site.mobility.GrantAmount;
import fr.uphf.site.mobility.GrantCombination;
import fr.uphf.site.mobility.StayType;
import fr.uphf.site.mobility.StudyLevel;
import fr.uphf.site.services.ContactPoint;
import fr.uphf.site.services.ContactPointRepository;
import fr.uphf.site.shared.Area;
import fr.uphf.site.support.SiteTest;
import fr.uphf.site.support.Staff;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the data editor accepts and how it shows it to staff: addresses printed as links are web, mail or site
 * addresses only; tables without an order cannot be reordered; every code is shown with its French label.
 */
@SiteTest
class DataFieldsTest {

    /** Every code the data editor offers in a list, and « true »/« false »; DEUST and EUNICE are their own names. */
    private static final Set<String> CODES = Stream.concat(Stream.of(GrantAmount.Unit.values(),
                    GrantAmount.Purpose.values(), StudyLevel.values(), StayType.values(), GrantCombination.Status.values(),
                    Programme.values(), ApplicantProfile.values(), ApplicationRoute.values(), Area.values())
            .flatMap(Arrays::stream).map(Enum::name), Stream.of("true", "false"))
            .filter(code -> !List.of("DEUST", "EUNICE").contains(code)).collect(Collectors.toSet());

    /** A word in capitals with an underscore, as codes are written: SUPPLEMENT_STAGE. */
    private static final Pattern CODE_WORD = Pattern.compile("\\b[A-Z0-9]+_[A-Z0-9_]+\\b");

    @Autowired
    MockMvc mvc;

    @Autowired
    DataTypes types;

    @Autowired
    DataEditor editor;

    @Autowired
    ApplicationPlatformRepository platforms;

    @Autowired
    ContactPointRepository contacts;

    @Autowired
    ErasmusCountryRepository countries;

    @Autowired
    JdbcTemplate jdbc;

    private Document staffPage(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(Staff.editor())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    /** Submits the edit form of a row as rendered, with some fields changed. */
    private Document submit(String path, String... changes) throws Exception {
        Element form = staffPage(path).selectFirst("form.form");
        MockHttpServletRequestBuilder request = post(form.attr("action")).with(Staff.editor()).with(csrf());
        for (Element input : form.select("input[name], textarea[name], select[name]")) {
            String name = input.attr("name");
            if (input.is("input[type=checkbox]") && !input.hasAttr("checked")) {
                continue;
            }
            String value = input.is("select") ? input.select("option[selected]").val() : input.val();
            for (int i = 0; i < changes.length; i += 2) {
                if (changes[i].equals(name)) {
                    value = changes[i + 1];
                }
            }
            request.param(name, value);
        }
        return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void aJavascriptAddressIsRefusedWithAFrenchErrorNextToTheField() throws Exception {
        ApplicationPlatform platform = platforms.findAllByOrderBySortOrder().stream()
                .filter(p -> p.getUrl() != null).findFirst().orElseThrow();
        for (String url : List.of("javascript:alert(1)", " JavaScript:alert(1)", "//evil.example/", "data:text/html,x")) {
            Document form = submit("/admin/donnees/plateformes/" + platform.getId(), "url", url);
            assertThat(form.select("#url-error").text()).as(url).isEqualTo(
                    "Adresse refusée : elle doit commencer par https://, http:// ou mailto:, ou par / pour une page du site.");
            assertThat(form.select("#url").attr("aria-describedby")).isEqualTo("url-hint url-error");
        }
        assertThat(platforms.findById(platform.getId()).orElseThrow().getUrl()).isEqualTo(platform.getUrl());
    }

    @Test
    void webMailAndSiteAddressesAreAccepted() throws Exception {
        ApplicationPlatform platform = platforms.findAllByOrderBySortOrder().stream()
                .filter(p -> p.getUrl() != null).findFirst().orElseThrow();
        try {
            for (String url : List.of("/admission/candidater", "mailto:scolarite@uphf.fr", "https://example.org/x")) {
                submit("/admin/donnees/plateformes/" + platform.getId(), "url", url);
                assertThat(platforms.findById(platform.getId()).orElseThrow().getUrl()).isEqualTo(url);
            }
        } finally {
            submit("/admin/donnees/plateformes/" + platform.getId(), "url", platform.getUrl());
        }
    }

    @Test
    void anUnsafeAddressAlreadyStoredIsNeverPrintedAsALink() throws Exception {
        ApplicationPlatform platform = platforms.findAllByOrderBySortOrder().stream()
                .filter(p -> p.getUrl() != null).findFirst().orElseThrow();
        jdbc.update("update application_platform set url = 'javascript:alert(1)' where id = ?", platform.getId());
        try {
            for (String path : List.of("/admission/plateformes",
                    "/admission/ou-candidater?diplome=LICENCE&annee=1&apprentissage=false&profil=LYCEEN&residenceFrance=true")) {
                String html = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                        .getContentAsString(StandardCharsets.UTF_8);
                assertThat(html).as(path).doesNotContainIgnoringCase("javascript:");
            }
            Element row = Jsoup.parse(mvc.perform(get("/admission/plateformes")).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8)).select("main tbody th").stream()
                    .filter(cell -> cell.text().equals(platform.getName())).findFirst().orElseThrow();
            assertThat(row.select("a")).isEmpty();
        } finally {
            jdbc.update("update application_platform set url = ? where id = ?", platform.getUrl(), platform.getId());
        }
    }

    @Test
    void aContactEmailMustBeAnAddress() throws Exception {
        ContactPoint contact = contacts.findAll().stream().filter(c -> c.getEmail() != null).findFirst().orElseThrow();
        Document form = submit("/admin/donnees/contacts/" + contact.getId(), "email", "javascript:alert(1)//@x.fr");
        assertThat(form.select("#email-error").text()).isEqualTo("Adresse électronique attendue (ex. : accueil@uphf.fr).");
        assertThat(contacts.findById(contact.getId()).orElseThrow().getEmail()).isEqualTo(contact.getEmail());
    }

    @Test
    void aRowOrACodeNotInTheListIsRefusedNextToTheField() throws Exception {
        long location = jdbc.queryForObject("select id from service_location order by id limit 1", Long.class);
        long campus = jdbc.queryForObject("select campus_id from service_location where id = ?", Long.class, location);
        Document form = submit("/admin/donnees/lieux/" + location, "campus", "999999");
        assertThat(form.select("#campus-error").text()).isEqualTo("Choisissez une valeur de la liste.");
        assertThat(form.select("#campus").attr("aria-invalid")).isEqualTo("true");
        assertThat(jdbc.queryForObject("select campus_id from service_location where id = ?", Long.class, location))
                .isEqualTo(campus);

        long rule = jdbc.queryForObject("select id from grant_rule order by id limit 1", Long.class);
        String levels = jdbc.queryForObject("select levels::text from grant_rule where id = ?", String.class, rule);
        form = submit("/admin/donnees/regles-aides/" + rule, "levels", "L9");
        assertThat(form.select("#levels-error").text()).isEqualTo("Choisissez des valeurs de la liste.");
        assertThat(jdbc.queryForObject("select levels::text from grant_rule where id = ?", String.class, rule))
                .isEqualTo(levels);
    }

    @Test
    void rowsOfATableWithoutOrderOfferNoMoveAndCannotBeMoved() throws Exception {
        long id = countries.findAll().get(0).getId();
        assertThat(staffPage("/admin/donnees/pays-erasmus").select("button[name=sens]")).isEmpty();
        mvc.perform(post("/admin/donnees/pays-erasmus/" + id + "/deplacer").param("sens", "1")
                .with(Staff.editor()).with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    void noDataScreenShowsARawCode() throws Exception {
        List<String> shown = new ArrayList<>();
        for (DataType<?> type : types.all()) {
            String list = "/admin/donnees/" + type.slug();
            Document rows = staffPage(list);
            rows.select("tbody th").eachText().forEach(label -> shown.add(list + " | " + label));
            for (String form : List.of(list + "/nouveau", rows.select("tbody th a").attr("href"))) {
                Document page = staffPage(form);
                page.select("option, .choice span").eachText().forEach(option -> shown.add(form + " | " + option));
            }
        }
        for (String slug : List.of("montants-aides", "regles-aides", "durees-aides", "cumuls-aides", "regles-orientation",
                "contacts")) {
            DataType<?> type = types.find(slug).orElseThrow();
            DataEditor.Row row = editor.list(type).get(0);
            editor.save(type, row.id(), row.version(), editor.find(type, row.id()));
            String history = "/admin/donnees/" + slug + "/" + row.id() + "/revisions";
            staffPage(history).select(".version-values dd").eachText().forEach(value -> shown.add(history + " | " + value));
        }
        assertThat(shown).hasSizeGreaterThan(200)
                .noneMatch(text -> CODES.contains(text.substring(text.indexOf(" | ") + 3).replaceFirst("^modifié ", "")))
                .noneMatch(text -> CODE_WORD.matcher(text).find());
    }

    @Test
    void historyShowsAmountsAndChoicesAsStaffTypeThem() throws Exception {
        DataType<?> type = types.find("montants-aides").orElseThrow();
        DataEditor.Row row = editor.list(type).get(0);
        editor.save(type, row.id(), row.version(), editor.find(type, row.id()));
        List<String> values = staffPage("/admin/donnees/montants-aides/" + row.id() + "/revisions")
                .select(".version-values dd").eachText();
        assertThat(values).anyMatch(value -> value.replaceFirst("^modifié ", "").matches("\\d[\\d\u202f]*(,\\d\\d)?\u202f€"));
        assertThat(values).contains(jdbc.queryForObject("select name from mobility_grant where id = ?", String.class,
                Long.valueOf(row.values().get("grant"))));
    }
}
