package fr.uphf.site.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The plan of the admin (RGAA 12.1): every staff screen grouped by what it is for, a second way to reach them besides
 * the menu; the template leaves out what the signed-in role may not open.
 */
@Controller
class AdminPlanController {

    private final DataTypes types;

    AdminPlanController(DataTypes types) {
        this.types = types;
    }

    @GetMapping("/admin/plan")
    String plan(Model model) {
        model.addAttribute("types", types.all());
        return "admin/plan";
    }
}
