package ru.edu.mentoring.roadmaps;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import ru.edu.mentoring.schools.MunicipalitySummary;
import ru.edu.mentoring.schools.Schools;
import org.thymeleaf.context.Context;
import ru.edu.mentoring.shared.NotFoundException;
import ru.edu.mentoring.web.Pdf;
import ru.edu.mentoring.web.StaleVersionForm;

/** The municipal roadmap: sections of numbered measures; the department adds, edits and deletes them. */
@Controller
@RequestMapping("/roadmaps/municipal")
class MunicipalRoadmapController {

    private static final String MEASURE_FORM = "roadmaps/municipal-measure-form";

    private final MunicipalRoadmaps municipal;
    private final Schools schools;

    private final Pdf pdf;
    private final MessageSource messages;
    private final Clock clock;

    MunicipalRoadmapController(MunicipalRoadmaps municipal, Schools schools, Pdf pdf, MessageSource messages,
            Clock clock) {
        this.municipal = municipal;
        this.schools = schools;
        this.pdf = pdf;
        this.messages = messages;
        this.clock = clock;
    }

    @InitBinder("municipalMeasureForm")
    void measureFields(WebDataBinder binder) {
        binder.setAllowedFields("sectionId", "number", "title", "deadlineText", "dueFrom", "dueTo",
                "responsibleMunicipal", "responsibleSchool", "version");
    }

    @InitBinder("sectionForm")
    void sectionFields(WebDataBinder binder) {
        binder.setAllowedFields("number", "title", "deadlineText");
    }

    /** The user's own municipality's roadmap, or a choice of municipality for the region and the administrator. */
    @GetMapping
    String index(CurrentUser user, Model model) {
        var list = schools.municipalities(user);
        if (list.size() == 1) {
            return "redirect:/roadmaps/municipal/" + list.get(0).id();
        }
        model.addAttribute("municipalities", list);
        return "roadmaps/municipal-choose";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, CurrentUser user, Model model) {
        MunicipalitySummary m = municipality(user, id);
        model.addAttribute("municipality", m);
        model.addAttribute("sections", municipal.sections(id));
        model.addAttribute("canEdit", MunicipalRoadmaps.edits(user, id));
        return "roadmaps/municipal";
    }

    /** The municipal roadmap as a PDF document (A4 landscape): title, municipality, year, measures, status. */
    @GetMapping("/{id}/roadmap.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, CurrentUser user, Locale locale) {
        MunicipalitySummary m = municipality(user, id);
        LocalDate asOf = LocalDate.now(clock);
        Context context = new Context(locale);
        context.setVariable("municipality", m);
        context.setVariable("sections", municipal.sections(id));
        context.setVariable("asOf", asOf);
        byte[] bytes = pdf.render("roadmaps/municipal-pdf", context);
        return download(bytes, MediaType.APPLICATION_PDF, "municipal-roadmap-" + id + ".pdf");
    }

    /** The same document as DOCX, for the department to edit and sign. */
    @GetMapping("/{id}/roadmap.docx")
    ResponseEntity<byte[]> docx(@PathVariable long id, CurrentUser user, Locale locale) {
        MunicipalitySummary m = municipality(user, id);
        byte[] bytes = MunicipalRoadmapDocx.write(m, municipal.sections(id), LocalDate.now(clock),
                (key, args) -> messages.getMessage(key, args, key, locale));
        return download(bytes, MediaType.parseMediaType(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                "municipal-roadmap-" + id + ".docx");
    }

    private static ResponseEntity<byte[]> download(byte[] bytes, MediaType type, String filename) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename).build().toString())
                .body(bytes);
    }

    @GetMapping("/{id}/sections/new")
    String newSection(@PathVariable long id, CurrentUser user, Model model) {
        municipal.requireEditor(user, id);
        model.addAttribute("sectionForm", new SectionForm());
        model.addAttribute("municipality", municipality(user, id));
        return "roadmaps/section-form";
    }

    @PostMapping("/{id}/sections")
    String createSection(@PathVariable long id, @Valid @ModelAttribute("sectionForm") SectionForm form,
            BindingResult errors, CurrentUser user, Model model, RedirectAttributes redirect) {
        municipal.requireEditor(user, id);
        if (errors.hasErrors()) {
            model.addAttribute("municipality", municipality(user, id));
            return "roadmaps/section-form";
        }
        municipal.createSection(user, id, form.getNumber(), form.getTitle(), form.getDeadlineText());
        redirect.addFlashAttribute("flashSuccess", "section.added");
        return "redirect:/roadmaps/municipal/" + id;
    }

    @GetMapping("/{id}/measures/new")
    String newMeasure(@PathVariable long id, @RequestParam(required = false) Long section, CurrentUser user,
            Model model) {
        municipal.requireEditor(user, id);
        MunicipalMeasureForm form = new MunicipalMeasureForm();
        form.setSectionId(section);
        model.addAttribute("municipalMeasureForm", form);
        return measureForm(model, user, id, null);
    }

    @PostMapping("/{id}/measures")
    String createMeasure(@PathVariable long id,
            @Valid @ModelAttribute("municipalMeasureForm") MunicipalMeasureForm form, BindingResult errors,
            CurrentUser user, Model model, RedirectAttributes redirect) {
        municipal.requireEditor(user, id);
        if (form.getSectionId() != null && !municipal.sectionOf(form.getSectionId(), id)) {
            errors.rejectValue("sectionId", "section.invalid");
        }
        if (errors.hasErrors()) {
            return measureForm(model, user, id, null);
        }
        municipal.createMeasure(user, id, form.getSectionId(), form.row());
        redirect.addFlashAttribute("flashSuccess", "measure.added");
        return "redirect:/roadmaps/municipal/" + id;
    }

    @GetMapping("/measures/{id}/edit")
    String editMeasure(@PathVariable long id, CurrentUser user, Model model) {
        MunicipalMeasure m = municipal.editable(user, id);
        model.addAttribute("municipalMeasureForm", MunicipalMeasureForm.of(m));
        return measureForm(model, user, municipal.municipalityOfSection(m.getSectionId()), id);
    }

    @PostMapping("/measures/{id}")
    @StaleVersionForm(MEASURE_FORM)
    String updateMeasure(@PathVariable long id,
            @Valid @ModelAttribute("municipalMeasureForm") MunicipalMeasureForm form, BindingResult errors,
            CurrentUser user, Model model, RedirectAttributes redirect) {
        MunicipalMeasure m = municipal.editable(user, id);
        long municipalityId = municipal.municipalityOfSection(m.getSectionId());
        String page = measureForm(model, user, municipalityId, id);
        if (form.getSectionId() != null && !municipal.sectionOf(form.getSectionId(), municipalityId)) {
            errors.rejectValue("sectionId", "section.invalid");
        }
        if (errors.hasErrors()) {
            return page;
        }
        municipal.updateMeasure(user, id, form.getVersion(), form.getSectionId(), form.row());
        redirect.addFlashAttribute("flashSuccess", "saved");
        return "redirect:/roadmaps/municipal/" + municipalityId;
    }

    @PostMapping("/measures/{id}/delete")
    String deleteMeasure(@PathVariable long id, @RequestParam(required = false) Long version, CurrentUser user,
            RedirectAttributes redirect) {
        long municipalityId = municipal.deleteMeasure(user, id, version);
        redirect.addFlashAttribute("flashSuccess", "measure.deleted");
        return "redirect:/roadmaps/municipal/" + municipalityId;
    }

    private String measureForm(Model model, CurrentUser user, long municipalityId, Long measureId) {
        model.addAttribute("municipality", municipality(user, municipalityId));
        model.addAttribute("sections", municipal.sections(municipalityId));
        model.addAttribute("measureId", measureId);
        return MEASURE_FORM;
    }

    private MunicipalitySummary municipality(CurrentUser user, long id) {
        return schools.municipalities(user).stream().filter(m -> m.id() == id).findFirst()
                .orElseThrow(NotFoundException::new);
    }
}
