package fr.uphf.site.content;

import fr.uphf.site.shared.Area;
import fr.uphf.site.shared.NotFoundException;
import fr.uphf.site.translation.Addresses;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * How the public page controller answers what the page service decides, in a web slice without a database: a page
 * that moved is a permanent redirect, a page that does not exist a 404, an address outside the areas no page at all.
 */
@WebMvcTest(useDefaultFilters = false,
        includeFilters = @Filter(type = FilterType.ASSIGNABLE_TYPE, classes = PageController.class))
@AutoConfigureMockMvc(addFilters = false)
class PageControllerTest {

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private PageService pages;

    @MockitoBean
    private PageModel pageModel;

    @MockitoBean
    private Addresses addresses;

    @BeforeEach
    void frenchAddressesStayAsTheyAre() {
        given(addresses.of(anyString())).willAnswer(call -> call.getArgument(0));
    }

    @Test
    void aPageThatMovedSendsItsVisitorsToItsNewAddressForGood() throws Exception {
        given(pages.view(Area.EUNICE, "ancienne-adresse"))
                .willThrow(new PageMovedException("/eunice/nouvelle-adresse"));
        mvc.perform(get("/eunice/ancienne-adresse"))
                .andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/eunice/nouvelle-adresse"));
    }

    @Test
    void aPageThatNeverExistedIsNotFound() throws Exception {
        given(pages.view(Area.EUNICE, "inconnue")).willThrow(new NotFoundException("/eunice/inconnue"));
        mvc.perform(get("/eunice/inconnue")).andExpect(status().isNotFound());
    }

    @Test
    void aCampusHasNoProsePageOfItsOwnHere() throws Exception {
        mvc.perform(get("/campus/mont-houy")).andExpect(status().isNotFound());
    }
}
