package fr.uphf.site.content;

import java.util.Collection;
import java.util.List;

import fr.uphf.site.media.Media;
import fr.uphf.site.media.MediaLibrary;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The page editor's accessibility warnings, read in the HTML the Markdown gives, on hand-written bodies. */
class PageWarningsTest {

    private final MediaLibrary media = mock(MediaLibrary.class);
    private final PageWarnings warnings = new PageWarnings(new MarkdownRenderer(), media);

    /** A medium of the library: an image described (the library requires it) or marked decorative, or a document. */
    private static Media medium(String slug, boolean image, boolean decorative) {
        Media medium = mock(Media.class);
        when(medium.getSlug()).thenReturn(slug);
        when(medium.isImage()).thenReturn(image);
        when(medium.isDecorative()).thenReturn(decorative);
        return medium;
    }

    private void library(Media... images) {
        when(media.withSlugs(any())).thenAnswer(call -> List.of(images).stream()
                .filter(image -> call.<Collection<String>>getArgument(0).contains(image.getSlug())).toList());
    }

    private List<String> codes(String markdown) {
        return warnings.of(markdown).stream().map(PageWarnings.Warning::code).toList();
    }

    @Test
    void aWellWrittenBodyGetsNoWarning() {
        library(medium("plan", true, false), medium("frise", true, true));
        assertThat(codes("""
                ## Venir au campus

                ### En train

                Consultez [les horaires des trains](https://www.ter.sncf.com).

                ![](/medias/plan)

                ![](/medias/frise)

                ## S’inscrire
                """)).isEmpty();
        assertThat(codes("## Un\n\n### Deux\n\n## Trois\n\n### Quatre\n")).isEmpty();
        assertThat(codes("")).isEmpty();
    }

    @Test
    void aSkippedHeadingLevelIsNamedWithTheLevelToUse() {
        library();
        List<PageWarnings.Warning> found = warnings.of("## Programme\n\n#### Lundi\n");
        assertThat(found).containsExactly(new PageWarnings.Warning("headingSkipped", List.of("Lundi", 4, 2, 3, "###")));
        assertThat(warnings.of("### Trop bas d’emblée\n"))
                .containsExactly(new PageWarnings.Warning("headingSkipped", List.of("Trop bas d’emblée", 3, 1, 2, "##")));
        assertThat(warnings.of("# Un second titre de page\n"))
                .containsExactly(new PageWarnings.Warning("headingOne", List.of("Un second titre de page")));
    }

    @Test
    void anImageVisitorsGetNoAlternativeOfIsNamed() {
        library(medium("ornement", true, true), medium("decrite", true, false), medium("calendrier", false, false));
        // described in the text, but decorative in the library: the page shows it with an empty alternative
        assertThat(warnings.of("![Le plan des bâtiments](/medias/ornement)"))
                .containsExactly(new PageWarnings.Warning("imageDecorative", List.of("/medias/ornement", "Le plan des bâtiments")));
        // decorative for both, or described by the library whatever the brackets say: fine
        assertThat(codes("![](/medias/ornement)\n\n![](/medias/decrite)\n\n![Le lac](/medias/decrite)")).isEmpty();
        // not in the library, or a document: the page shows no image at all
        assertThat(warnings.of("![Plan](/medias/disparue)\n\n![Calendrier](/medias/calendrier)")).containsExactly(
                new PageWarnings.Warning("imageUnknown", List.of("/medias/disparue")),
                new PageWarnings.Warning("imageUnknown", List.of("/medias/calendrier")));
    }

    @Test
    void aLinkWhoseTextSaysNothingOfItsDestinationIsNamedWithItsAddress() {
        library();
        assertThat(warnings.of("""
                Pour candidater, [cliquez ici](/admission).
                Le règlement est [ici](/reglement.pdf) ; [En savoir plus…](/mobilite) ou [Read more](/en) ;
                [lien](https://example.org) et [Lire la suite](/universite/histoire).
                """)).containsExactly(
                new PageWarnings.Warning("vagueLink", List.of("cliquez ici", "/admission")),
                new PageWarnings.Warning("vagueLink", List.of("ici", "/reglement.pdf")),
                new PageWarnings.Warning("vagueLink", List.of("En savoir plus…", "/mobilite")),
                new PageWarnings.Warning("vagueLink", List.of("Read more", "/en")),
                new PageWarnings.Warning("vagueLink", List.of("lien", "https://example.org")),
                new PageWarnings.Warning("vagueLink", List.of("Lire la suite", "/universite/histoire")));
        assertThat(codes("[Le calendrier des inscriptions](/admission/inscription), [ici et maintenant](/ici)")).isEmpty();
    }

    @Test
    void whatIsCheckedIsTheHtmlVisitorsGetNotTheMarkdown() {
        library();
        // a heading inside a code block is no heading; an HTML heading written in the Markdown is one
        assertThat(codes("```\n#### pas un titre\n```\n")).isEmpty();
        assertThat(codes("<h4>Un titre écrit en HTML</h4>\n")).containsExactly("headingSkipped");
        // a link the sanitiser removes (javascript:) is nothing visitors can follow
        assertThat(codes("[ici](javascript:alert(1))")).isEmpty();
    }
}
