package fr.uphf.site.home;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: key figures, an entry to every area and the ways to apply. */
@Controller
class HomeController {

    private final HomeContent content;

    HomeController(HomeContent content) {
        this.content = content;
    }

    @GetMapping({"/", "/en"})
    String home(Model model) {
        HomeContent.Home home = content.load();
        model.addAttribute("areas", home.areas());
        model.addAttribute("figures", home.figures());
        model.addAttribute("platforms", home.platforms());
        model.addAttribute("why", home.why());
        model.addAttribute("updatedOn", home.updatedOn());
        return "home";
    }
}
