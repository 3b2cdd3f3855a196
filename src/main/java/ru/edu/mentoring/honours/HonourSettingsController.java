package ru.edu.mentoring.honours;

import jakarta.validation.Valid;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.accounts.Role;
import ru.edu.mentoring.web.StaleVersionForm;

/** The department's name and head as its грамоты and благодарности print them, kept by the department's staff. */
@Controller
class HonourSettingsController {

    private final Honours honours;

    HonourSettingsController(Honours honours) {
        this.honours = honours;
    }

    @InitBinder("signatoryForm")
    void fields(WebDataBinder binder) {
        binder.setAllowedFields("departmentName", "headPosition", "headName", "version");
    }

    @GetMapping("/nominations/settings")
    String form(CurrentUser user, Model model) {
        long municipalityId = municipality(user);
        Honours.Signatory s = honours.signatory(municipalityId);
        SignatoryForm form = new SignatoryForm();
        form.setDepartmentName(s.departmentName());
        form.setHeadPosition(s.headPosition());
        form.setHeadName(s.headName());
        form.setVersion(s.version());
        model.addAttribute("signatoryForm", form);
        return "honours/settings";
    }

    @PostMapping("/nominations/settings")
    @StaleVersionForm("honours/settings")
    String save(@Valid @ModelAttribute("signatoryForm") SignatoryForm form, BindingResult errors, CurrentUser user,
            RedirectAttributes redirect) {
        municipality(user);
        if (errors.hasErrors()) {
            return "honours/settings";
        }
        honours.saveSignatory(user, form.getVersion(), form.getDepartmentName(), form.getHeadPosition(),
                form.getHeadName());
        redirect.addFlashAttribute("flashSuccess", "honour.settings.saved");
        return "redirect:/nominations";
    }

    private static long municipality(CurrentUser user) {
        if (!user.has(Role.DEPARTMENT) || user.municipalityId() == null) {
            throw new AccessDeniedException("not department staff");
        }
        return user.municipalityId();
    }
}
