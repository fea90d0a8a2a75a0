package fr.uphf.site.search;

import fr.uphf.site.cache.NotCached;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The results of the search box in the header: /recherche?q=words&page=n, whatever the words and the page. */
@Controller
@NotCached
class SearchController {

    private final SearchService search;

    SearchController(SearchService search) {
        this.search = search;
    }

    @GetMapping("/recherche")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String page, Model model) {
        model.addAttribute("results", search.search(SearchQuery.of(q, page)));
        return "search/results";
    }
}
