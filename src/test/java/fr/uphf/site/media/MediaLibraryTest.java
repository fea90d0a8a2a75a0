package fr.uphf.site.media;

import java.util.List;
import java.util.Map;

import fr.uphf.site.support.SiteTest;
import fr.uphf.site.support.Staff;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The media library through the admin's forms and the public pages: a photo and a PDF uploaded, shown in a page in
 * both languages, replaced at the same address; files refused with their reason and the form kept; a medium in use
 * kept from deletion, an unused one trashed and restored with its files.
 */
@SiteTest
class MediaLibraryTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private MockMultipartHttpServletRequestBuilder upload(String path, String fileName, byte[] content,
            Map<String, String> fields) {
        MockMultipartHttpServletRequestBuilder request = multipart(path);
        if (content != null) {
            request.file(new MockMultipartFile("file", fileName, "application/octet-stream", content));
        }
        fields.forEach(request::param);
        request.with(Staff.editor()).with(csrf());
        return request;
    }

    private static Map<String, String> photoFields(String slug) {
        return Map.of("title", "Photo " + slug, "mediaSlug", slug,
                "altFr", "La salle de lecture de la bibliothèque, baignée de lumière",
                "altEn", "The library's reading room, full of light", "credit", "Service communication UPHF",
                "licence", "CC BY 4.0");
    }

    /** Adds a medium through the form and gives its id. */
    private long add(String fileName, byte[] content, Map<String, String> fields) throws Exception {
        String location = mvc.perform(upload("/admin/medias/nouveau", fileName, content, fields))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** Publishes the university's quality page with this body, through the page editor. */
    private void publishQualityPage(String body) throws Exception {
        Map<String, Object> page = jdbc.queryForMap("select id, title, description, version from page"
                + " where area = 'UNIVERSITE' and slug = 'qualite'");
        mvc.perform(post("/admin/pages/" + page.get("id")).with(Staff.editor()).with(csrf()).param("action", "PUBLISH")
                        .param("title", (String) page.get("title")).param("slug", "qualite")
                        .param("description", (String) page.get("description")).param("bodyMarkdown", body)
                        .param("sortOrder", "50").param("version", page.get("version").toString()))
                .andExpect(status().is3xxRedirection());
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    private Document form(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    @Test
    void aPhotoIsShownAtEveryWidthWithItsAlternativeInEachLanguageAndKeepsItsAddressWhenReplaced() throws Exception {
        long id = add("IMG_2041.JPG", TestFiles.cameraJpeg(2400, 1600, 1), photoFields("bibliotheque-mont-houy"));
        publishQualityPage("## La bibliothèque\n\n![Bibliothèque](/medias/bibliotheque-mont-houy)\n\nUn texte.");

        Element image = page("/universite/qualite").selectFirst("main picture.media img");
        assertThat(image).isNotNull();
        assertThat(image.attr("alt")).isEqualTo("La salle de lecture de la bibliothèque, baignée de lumière");
        assertThat(image.attr("width")).isEqualTo("1600");
        assertThat(image.attr("height")).isEqualTo("1067");
        String fingerprint = jdbc.queryForObject("select fingerprint from media where id = ?", String.class, id);
        String base = "/medias/bibliotheque-mont-houy/" + fingerprint + "/";
        assertThat(image.attr("srcset")).isEqualTo(base + "480.jpg 480w, " + base + "960.jpg 960w, " + base + "1600.jpg 1600w");
        assertThat(image.attr("src")).isEqualTo(base + "1600.jpg");
        assertThat(image.parent().selectFirst("source").attr("type")).isEqualTo("image/webp");
        assertThat(image.parent().selectFirst("source").attr("srcset")).contains(base + "960.webp 960w");
        assertThat(image.hasAttr("loading")).as("the body's first image is not lazy").isFalse();
        assertThat(image.parent().nextElementSibling().text()).isEqualTo("Crédit : Service communication UPHF, CC BY 4.0");

        jdbc.update("update translation set html = html || '<p><img src=\"/medias/bibliotheque-mont-houy\" alt=\"\" /></p>'"
                + " where object_type = 'page' and field = 'bodyMarkdown'"
                + " and object_id = (select id from page where area = 'UNIVERSITE' and slug = 'qualite')");
        assertThat(page("/en/university/quality").selectFirst("main picture.media img").attr("alt"))
                .isEqualTo("The library's reading room, full of light");

        MvcResult variant = mvc.perform(get(base + "960.webp")).andExpect(status().isOk()).andReturn();
        assertThat(variant.getResponse().getContentType()).isEqualTo("image/webp");
        assertThat(variant.getResponse().getHeader("Cache-Control")).isEqualTo("max-age=31536000, public, immutable");
        MvcResult main = mvc.perform(get("/medias/bibliotheque-mont-houy")).andExpect(status().isOk()).andReturn();
        assertThat(main.getResponse().getContentType()).isEqualTo("image/jpeg");
        assertThat(main.getResponse().getHeader("Cache-Control")).startsWith("public, max-age=60");

        // Replaced by a smaller photo: same address, new fingerprint, shown at once; the old file's address leads to the new.
        mvc.perform(upload("/admin/medias/" + id, "nouvelle.jpg", TestFiles.cameraJpeg(1000, 500, 1),
                        Map.of("title", "Bibliothèque du Mont Houy", "mediaSlug", "bibliotheque-mont-houy",
                                "altFr", "La bibliothèque", "altEn", "The library", "version", "0")))
                .andExpect(status().is3xxRedirection());
        String newFingerprint = jdbc.queryForObject("select fingerprint from media where id = ?", String.class, id);
        assertThat(newFingerprint).isNotEqualTo(fingerprint);
        Element replaced = page("/universite/qualite").selectFirst("main picture.media img");
        assertThat(replaced.attr("src")).isEqualTo("/medias/bibliotheque-mont-houy/" + newFingerprint + "/1000.jpg");
        assertThat(replaced.attr("alt")).isEqualTo("La bibliothèque");
        assertThat(mvc.perform(get(base + "960.webp")).andExpect(status().isFound()).andReturn().getResponse()
                .getRedirectedUrl()).isEqualTo("/medias/bibliotheque-mont-houy/" + newFingerprint + "/960.webp");
    }

    @Test
    void aDocumentLinkSaysItsTypeAndSize() throws Exception {
        add("guide.pdf", TestFiles.pdf(), Map.of("title", "Guide de l’étudiant", "mediaSlug", ""));
        assertThat(jdbc.queryForObject("select slug from media where original_name = 'guide.pdf'", String.class))
                .isEqualTo("guide-de-l-etudiant");
        publishQualityPage("Lisez le [guide de l’étudiant](/medias/guide-de-l-etudiant).");

        Element link = page("/universite/qualite").selectFirst("main a[href=/medias/guide-de-l-etudiant]");
        assertThat(link.text()).isEqualTo("guide de l’étudiant (PDF, 1 Ko)");
        assertThat(link.attr("type")).isEqualTo("application/pdf");
        MvcResult file = mvc.perform(get("/medias/guide-de-l-etudiant")).andExpect(status().isOk()).andReturn();
        assertThat(file.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(file.getResponse().getContentAsByteArray()).isEqualTo(TestFiles.pdf());
        assertThat(file.getResponse().getHeader("Content-Disposition")).startsWith("inline; filename=");
    }

    @Test
    void refusedFilesAreExplainedNextToTheFieldWithTheTypedTextKept() throws Exception {
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes();
        Document refused = form(mvc.perform(upload("/admin/medias/nouveau", "logo.png", svg, photoFields("logo")))
                .andExpect(status().isOk()).andReturn());
        assertThat(refused.getElementById("file-error").text()).startsWith("Les images SVG ne sont pas acceptées");
        assertThat(refused.getElementById("file").attr("aria-describedby")).isEqualTo("file-error");
        assertThat(refused.getElementById("altEn").val()).isEqualTo("The library's reading room, full of light");

        byte[] tooLarge = new byte[11 * 1024 * 1024];
        System.arraycopy(TestFiles.pdf(), 0, tooLarge, 0, TestFiles.pdf().length);
        assertThat(form(mvc.perform(upload("/admin/medias/nouveau", "gros.pdf", tooLarge, photoFields("gros")))
                .andReturn()).getElementById("file-error").text()).isEqualTo("Ce fichier pèse 11 Mo ; la limite est de 10 Mo.");

        // A right photo with its alternative left out: the photo is kept for the next try, which needs no file.
        Document missingAlt = form(mvc.perform(upload("/admin/medias/nouveau", "photo.jpg", TestFiles.cameraJpeg(800, 600, 1),
                Map.of("title", "Amphithéâtre", "mediaSlug", "amphitheatre", "altFr", "", "altEn", ""))).andReturn());
        assertThat(missingAlt.getElementById("altFr-error").text()).isEqualTo("Décrivez l’image, ou cochez « Image décorative ».");
        assertThat(missingAlt.getElementById("file-kept")).isNotNull();
        String kept = missingAlt.selectFirst("input[name=upload]").val();
        assertThat(jdbc.queryForObject("select count(*) from media where slug = 'amphitheatre'", Integer.class)).isZero();

        mvc.perform(upload("/admin/medias/nouveau", null, null, Map.of("upload", kept, "title", "Amphithéâtre",
                "mediaSlug", "amphitheatre", "altFr", "", "altEn", "", "decorative", "true")))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForMap("select width, decorative from media where slug = 'amphitheatre'"))
                .containsEntry("width", 800).containsEntry("decorative", true);
        assertThat(jdbc.queryForObject("select count(*) from media_upload", Integer.class)).isZero();
    }

    @Test
    void aMediumInUseIsKeptFromDeletionAndAnUnusedOneGoesToTheTrashWithItsFiles() throws Exception {
        long used = add("photo.jpg", TestFiles.cameraJpeg(600, 400, 1), photoFields("photo-utilisee"));
        long unused = add("plan.pdf", TestFiles.pdf(), Map.of("title", "Plan", "mediaSlug", "plan", "licence", ""));
        publishQualityPage("![Photo](/medias/photo-utilisee)");

        Document list = page2("/admin/medias");
        assertThat(list.select("main tbody tr").eachText()).anyMatch(row -> row.contains("Photo photo-utilisee")
                && row.contains("Utilisé sur 1 page")).anyMatch(row -> row.startsWith("Document Plan") && row.contains("Utilisé sur aucune page"));
        assertThat(page2("/admin/medias?q=PHOTO-utilisée").select("main tbody tr")).hasSize(1);

        assertThat(mvc.perform(post("/admin/medias/" + used + "/supprimer").with(Staff.editor()).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl()).isEqualTo("/admin/medias/" + used);
        assertThat(page2("/admin/medias/" + used).select("main .media-uses a").eachText()).containsExactly(
                jdbc.queryForObject("select title from page where area = 'UNIVERSITE' and slug = 'qualite'", String.class));
        assertThat(jdbc.queryForObject("select count(*) from media where id = ?", Integer.class, used)).isOne();

        mvc.perform(post("/admin/medias/" + unused + "/supprimer").with(Staff.editor()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from media_file where media_id = ?", Integer.class, unused)).isZero();
        mvc.perform(get("/medias/plan")).andExpect(status().isNotFound());
        long item = jdbc.queryForObject("select id from trash_item where object_type = 'media'", Long.class);
        assertThat(mvc.perform(post("/admin/corbeille/" + item + "/restaurer").with(Staff.admin()).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl()).isEqualTo("/admin/medias/" + unused);
        assertThat(mvc.perform(get("/medias/plan")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray()).isEqualTo(TestFiles.pdf());
    }

    @Test
    void onlyTheLibrarysImagesPassTheSanitiser() throws Exception {
        add("photo.jpg", TestFiles.cameraJpeg(600, 400, 1), photoFields("photo"));
        publishQualityPage("![a](https://example.org/pister.png) <img src=\"/images/x.png\" alt=\"b\">"
                + " <img alt=\"c\"> ![d](/medias/inconnue) ![e](/medias/photo)");

        List<String> images = page("/universite/qualite").select("main img").eachAttr("src");
        assertThat(images).singleElement().asString().startsWith("/medias/photo/");
    }

    private Document page2(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(Staff.editor())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }
}
