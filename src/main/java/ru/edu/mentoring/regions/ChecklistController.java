package ru.edu.mentoring.regions;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.schools.MunicipalitySummary;
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.shared.NotFoundException;
import ru.edu.mentoring.web.StaleVersionForm;

/**
 * The region's school checklist (issue 22 point 2): completeness per municipality for the region, per school for a
 * municipality, and a school's items, where its curator answers what the portal cannot know.
 */
@Controller
class ChecklistController {

    private final Regions regions;
    private final Checklists checklists;
    private final Schools schools;
    private final MessageSource messages;

    ChecklistController(Regions regions, Checklists checklists, Schools schools, MessageSource messages) {
        this.regions = regions;
        this.checklists = checklists;
        this.schools = schools;
        this.messages = messages;
    }

    @InitBinder("checklistAnswerForm")
    void allowFields(WebDataBinder binder) {
        binder.setAllowedFields("itemCode", "answer", "evidence", "version");
    }

    /** The navigation's entry: the region's, the municipality's or the school's checklist, as the user reads. */
    @GetMapping("/checklist")
    String start(CurrentUser user) {
        if (user.seesRegion()) {
            return "redirect:/regions/" + user.regionId() + "/checklist";
        }
        if (user.seesAllMunicipalities()) {
            return "redirect:/regions";
        }
        if (user.seesWholeMunicipality()) {
            return "redirect:/municipalities/" + user.municipalityId() + "/checklist";
        }
        List<SchoolSummary> own = schools.visibleTo(user);
        if (own.isEmpty()) {
            throw new AccessDeniedException("no school");
        }
        return "redirect:/schools/" + own.get(0).id() + "/checklist";
    }

    @GetMapping("/regions/{id}/checklist")
    String region(@PathVariable long id, CurrentUser user, Model model, Locale locale) {
        Regions.RegionView region = regions.readable(user, id);
        List<SchoolSummary> list = checklists.schoolsOf(region.municipalityIds());
        List<Checklists.Completeness> lines = Checklists.byMunicipality(region.municipalities(),
                checklists.of(region.municipalityIds(), list));
        model.addAttribute("region", region);
        model.addAttribute("lines", lines);
        model.addAttribute("total", Checklists.total(lines, messages.getMessage("regions.total", null, locale)));
        return "regions/checklist-region";
    }

    @GetMapping("/municipalities/{id}/checklist")
    String municipality(@PathVariable long id, CurrentUser user, Model model, Locale locale) {
        if (!user.readsMunicipality(id)) {
            throw new NotFoundException();
        }
        MunicipalitySummary m = schools.municipalities(user).stream().filter(x -> x.id() == id).findFirst()
                .orElseThrow(NotFoundException::new);
        List<Checklists.SchoolChecklist> lists = checklists.of(List.of(id), schools.ofMunicipality(id));
        List<Checklists.Completeness> total = Checklists.byMunicipality(List.of(m), lists);
        model.addAttribute("municipality", m);
        model.addAttribute("lists", lists);
        model.addAttribute("total", total.get(0));
        model.addAttribute("regionId", user.seesRegion() ? user.regionId() : null);
        return "regions/checklist-municipality";
    }

    @GetMapping("/schools/{id}/checklist")
    String school(@PathVariable long id, CurrentUser user, Model model) {
        model.addAttribute("checklistAnswerForm", new ChecklistAnswerForm());
        return schoolPage(id, user, model);
    }

    private String schoolPage(long id, CurrentUser user, Model model) {
        SchoolSummary school = schools.readable(user, id);
        model.addAttribute("c", checklists.of(List.of(school.municipalityId()), List.of(school)).get(0));
        model.addAttribute("canAnswer", user.editsSchoolData(id));
        model.addAttribute("readsMunicipality", user.readsMunicipality(school.municipalityId()));
        return "regions/checklist-school";
    }

    @PostMapping("/schools/{id}/checklist")
    @StaleVersionForm("regions/checklist-school")
    String answer(@PathVariable long id, CurrentUser user,
            @Valid @ModelAttribute("checklistAnswerForm") ChecklistAnswerForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        String page = schoolPage(id, user, model);
        if (!user.editsSchoolData(id)) {
            throw new AccessDeniedException("only the school's curator answers");
        }
        if (!errors.hasFieldErrors("itemCode") && !checklists.answerable(form.getItemCode())) {
            errors.rejectValue("itemCode", "regions.checklist.item.unknown");
        }
        if (errors.hasErrors()) {
            return page;
        }
        String evidence = form.getEvidence() == null || form.getEvidence().isBlank() ? null
                : form.getEvidence().strip();
        checklists.answer(id, form.getItemCode(), form.getAnswer(), evidence, form.getVersion(), user.id());
        redirect.addFlashAttribute("flashSuccess", "regions.checklist.saved");
        return "redirect:/schools/" + id + "/checklist";
    }

}
