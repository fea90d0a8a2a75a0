package fr.uphf.site.search;

import java.util.List;

import fr.uphf.site.shared.AddressPair;

import fr.uphf.site.cache.NotCached;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The results of the search box in the header: /recherche?q=words&page=n, whatever the words and the page. */
@Controller
@NotCached
class SearchController implements AddressPair.Source {

    static final String PATH = "/recherche";
    static final String ENGLISH_PATH = "/en/search";

    private final SearchService search;

    SearchController(SearchService search) {
        this.search = search;
    }

    @GetMapping({PATH, ENGLISH_PATH})
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String page, Model model) {
        model.addAttribute("results", search.search(SearchQuery.of(q, page)));
        return "search/results";
    }

    @Override
    public List<AddressPair> addressPairs() {
        return List.of(new AddressPair(PATH, ENGLISH_PATH));
    }
}
