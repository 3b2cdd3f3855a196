package ru.edu.mentoring.documents;

import jakarta.validation.Valid;
import java.util.Objects;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.documents.DocumentViews.ActView;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.shared.NotFoundException;
import ru.edu.mentoring.shared.StaleVersionException;
import ru.edu.mentoring.web.StaleVersionForm;

/** The municipality's normative acts shown on its public page: read by its people, kept by its department. */
@Controller
@RequestMapping("/documents")
class ActsController {

    private final Documents documents;
    private final Schools schools;

    ActsController(Documents documents, Schools schools) {
        this.documents = documents;
        this.schools = schools;
    }

    @InitBinder("actForm")
    void actFields(WebDataBinder binder) {
        binder.setAllowedFields("title", "number", "actDate", "link", "version");
    }

    @GetMapping("/municipalities/{id}/acts")
    String list(@PathVariable long id, CurrentUser user, Model model) {
        readableMunicipality(user, id);
        return page(id, user, model, new ActForm());
    }

    @PostMapping("/municipalities/{id}/acts")
    String add(@PathVariable long id, @Valid @ModelAttribute("actForm") ActForm form, BindingResult errors,
            CurrentUser user, Model model, RedirectAttributes redirect) {
        readableMunicipality(user, id);
        if (!Documents.keepsActsOf(user, id)) {
            throw new org.springframework.security.access.AccessDeniedException("not the department");
        }
        if (errors.hasErrors()) {
            return page(id, user, model, form);
        }
        documents.addAct(user, id, form);
        redirect.addFlashAttribute("flashSuccess", "act.added");
        return "redirect:/documents/municipalities/" + id + "/acts";
    }

    @GetMapping("/acts/{id}/edit")
    String edit(@PathVariable long id, CurrentUser user, Model model) {
        ActView act = documents.act(user, id);
        ActForm form = new ActForm();
        form.setTitle(act.title());
        form.setNumber(act.number());
        form.setActDate(act.actDate());
        form.setLink(act.link());
        form.setVersion(act.version());
        model.addAttribute("actForm", form);
        model.addAttribute("act", act);
        return "documents/act-form";
    }

    @PostMapping("/acts/{id}")
    @StaleVersionForm("documents/act-form")
    String update(@PathVariable long id, @Valid @ModelAttribute("actForm") ActForm form, BindingResult errors,
            CurrentUser user, Model model, RedirectAttributes redirect) {
        ActView act = documents.act(user, id);
        model.addAttribute("act", act);
        if (errors.hasErrors()) {
            return "documents/act-form";
        }
        long municipality = documents.updateAct(user, id, form);
        redirect.addFlashAttribute("flashSuccess", "saved");
        return "redirect:/documents/municipalities/" + municipality + "/acts";
    }

    @PostMapping("/acts/{id}/delete")
    String delete(@PathVariable long id, @RequestParam(required = false) Long version, CurrentUser user,
            RedirectAttributes redirect) {
        if (version == null) {
            documents.act(user, id);
            throw new StaleVersionException();
        }
        long municipality = documents.deleteAct(user, id, version);
        redirect.addFlashAttribute("flashSuccess", "act.deleted");
        return "redirect:/documents/municipalities/" + municipality + "/acts";
    }

    private String page(long id, CurrentUser user, Model model, ActForm form) {
        model.addAttribute("municipalityId", id);
        model.addAttribute("municipalityName", schools.municipalityName(id));
        model.addAttribute("acts", documents.acts(id));
        model.addAttribute("canEdit", Documents.keepsActsOf(user, id));
        model.addAttribute("actForm", form);
        return "documents/acts";
    }

    private void readableMunicipality(CurrentUser user, long id) {
        if (schools.municipalityName(id).isEmpty()
                || !(user.readsMunicipality(id) || Objects.equals(user.municipalityId(), id))) {
            throw new NotFoundException();
        }
    }
}
