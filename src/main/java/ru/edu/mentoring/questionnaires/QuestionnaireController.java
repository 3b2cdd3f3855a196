package ru.edu.mentoring.questionnaires;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.audit.AuditLog;
import ru.edu.mentoring.schools.MunicipalitySummary;
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.shared.NotFoundException;
import ru.edu.mentoring.web.StaleVersionForm;

/**
 * The curator's and the readers' pages of the questionnaires: a school's stage 1 and 2 figures, SWOT analyses and the
 * curator's questionnaire; a pair's links, paper answers and single answers (its curator only); the municipality's
 * page for the methodologist. Single answers are shown to the school's curator only; everyone else sees aggregates.
 */
@Controller
class QuestionnaireController {

    private final Questionnaires questionnaires;
    private final QuestionnaireFigures figures;
    private final Schools schools;
    private final AuditLog audit;
    private final String baseUrl;

    QuestionnaireController(Questionnaires questionnaires, QuestionnaireFigures figures, Schools schools,
            AuditLog audit, @Value("${app.base-url:http://localhost:8080}") String baseUrl) {
        this.questionnaires = questionnaires;
        this.figures = figures;
        this.schools = schools;
        this.audit = audit;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @InitBinder("linkForm")
    void linkFields(WebDataBinder binder) {
        binder.setAllowedFields("respondent", "slot", "wave");
    }

    @InitBinder("answerForm")
    void answerFields(WebDataBinder binder) {
        binder.setAllowedFields("respondent", "wave", "slot");
    }

    @InitBinder("swotForm")
    void swotFields(WebDataBinder binder) {
        binder.setAllowedFields("formId", "strengths", "weaknesses", "opportunities", "threats", "version");
    }

    /** The entry point of the navigation: the user's municipality or school page, or the templates. */
    @GetMapping("/questionnaires")
    String home(CurrentUser user) {
        if (user.seesWholeMunicipality()) {
            return "redirect:/municipalities/" + user.municipalityId() + "/questionnaires";
        }
        if (!user.schoolIds().isEmpty()) {
            return "redirect:/schools/" + user.schoolIds().stream().sorted().findFirst().orElseThrow()
                    + "/questionnaires";
        }
        return "redirect:/questionnaire-templates";
    }

    private int year(Integer year) {
        int current = questionnaires.currentYear();
        return year == null || year < 2018 || year > current ? current : year;
    }

    private List<Integer> years() {
        List<Integer> years = new ArrayList<>();
        for (int y = questionnaires.currentYear(); y >= 2018; y--) {
            years.add(y);
        }
        return years;
    }

    // ---- the school's page

    @GetMapping("/schools/{id}/questionnaires")
    String school(@PathVariable long id, @RequestParam(required = false) Integer year, CurrentUser user,
            Model model) {
        SchoolSummary school = schools.readable(user, id);
        int y = year(year);
        model.addAttribute("school", school);
        model.addAttribute("year", y);
        model.addAttribute("years", years());
        model.addAttribute("formNames", questionnaires.formNames());
        model.addAttribute("forms", questionnaires.forms());
        model.addAttribute("satisfaction", figures.satisfaction(false, id, y));
        model.addAttribute("growth", figures.growth(false, id, y));
        model.addAttribute("swots", questionnaires.swots(id, y));
        model.addAttribute("canEdit", user.editsSchoolData(id));
        model.addAttribute("pairs", user.editsSchoolData(id) ? questionnaires.pairsOf(id) : List.of());
        model.addAttribute("curatorAnswer", questionnaires.curatorResponse(id, y).orElse(null));
        model.addAttribute("minRespondents", QuestionnaireFigures.MIN_RESPONDENTS);
        return "questionnaires/school";
    }

    // ---- the municipality's page

    @GetMapping("/municipalities/{id}/questionnaires")
    String municipality(@PathVariable long id, @RequestParam(required = false) Integer year, CurrentUser user,
            Model model) {
        MunicipalitySummary municipality = schools.municipalities(user).stream().filter(m -> m.id() == id)
                .findFirst().orElseThrow(NotFoundException::new);
        if (!user.seesAllMunicipalities() && !user.seesWholeMunicipality()) {
            throw new NotFoundException();
        }
        int y = year(year);
        model.addAttribute("municipality", municipality);
        model.addAttribute("year", y);
        model.addAttribute("years", years());
        model.addAttribute("formNames", questionnaires.formNames());
        model.addAttribute("satisfaction", figures.satisfaction(true, id, y));
        model.addAttribute("growth", figures.growth(true, id, y));
        model.addAttribute("schools", schools.ofMunicipality(id));
        model.addAttribute("satisfactionBySchool", figures.satisfactionBySchool(id, y));
        model.addAttribute("growthBySchool", figures.growthBySchool(id, y));
        model.addAttribute("minRespondents", QuestionnaireFigures.MIN_RESPONDENTS);
        return "questionnaires/municipality";
    }

    // ---- a pair's questionnaires (its curator only)

    private Questionnaires.PairInfo curatorsPair(long pairId, CurrentUser user) {
        Questionnaires.PairInfo pair = questionnaires.pair(pairId);
        schools.editable(user, pair.schoolId());
        return pair;
    }

    @GetMapping("/pairs/{id}/questionnaires")
    String pair(@PathVariable long id, CurrentUser user, Model model) {
        Questionnaires.PairInfo pair = curatorsPair(id, user);
        return pairPage(model, pair, user, new LinkForm());
    }

    private String pairPage(Model model, Questionnaires.PairInfo pair, CurrentUser user, LinkForm form) {
        model.addAttribute("school", schools.readable(user, pair.schoolId()));
        model.addAttribute("pair", pair);
        model.addAttribute("links", questionnaires.links(pair.id()));
        model.addAttribute("responses", questionnaires.responses(pair.id()));
        model.addAttribute("now", Instant.now());
        model.addAttribute("exitOffer", questionnaires.exitOffer(pair.id()).orElse(null));
        model.addAttribute("hasTemplate",
                questionnaires.current(pair.municipalityId(), pair.formId(), Respondent.MENTEE).isPresent());
        List<Integer> slots = new ArrayList<>();
        for (int i = 1; i <= Math.max(1, pair.mentees()); i++) {
            slots.add(i);
        }
        model.addAttribute("slots", slots);
        model.addAttribute("linkForm", form);
        return "questionnaires/pair";
    }

    /** Issues a one-time link and shows it once, with its QR code, on a printable sheet (never cached). */
    @PostMapping("/pairs/{id}/questionnaires/links")
    String issue(@PathVariable long id, @Valid @ModelAttribute("linkForm") LinkForm form, BindingResult errors,
            CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Questionnaires.PairInfo pair = curatorsPair(id, user);
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("flashError", "questionnaire.error.respondent");
            return "redirect:/pairs/" + id + "/questionnaires";
        }
        var problem = questionnaires.problem(pair, form.getRespondent(), form.getSlot(), form.getWave());
        if (problem.isPresent()) {
            redirect.addFlashAttribute("flashError", problem.get());
            return "redirect:/pairs/" + id + "/questionnaires";
        }
        Questionnaires.IssuedLink link = questionnaires.issue(pair, form.getRespondent(), form.getSlot(),
                form.getWave(), user.id());
        String url = baseUrl + "/q/" + link.token();
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("school", schools.readable(user, pair.schoolId()));
        model.addAttribute("pair", pair);
        model.addAttribute("link", link);
        model.addAttribute("url", url);
        model.addAttribute("path", "/q/" + link.token());
        model.addAttribute("qr", QrCodes.dataUri(url));
        return "questionnaires/sheet";
    }

    @GetMapping("/pairs/{id}/questionnaires/paper")
    String paperForm(@PathVariable long id, @RequestParam(defaultValue = "MENTEE") Respondent respondent,
            @RequestParam(defaultValue = "ENTRY") Wave wave, @RequestParam(defaultValue = "1") int slot,
            CurrentUser user, Model model) {
        Questionnaires.PairInfo pair = curatorsPair(id, user);
        AnswerForm form = new AnswerForm();
        form.setRespondent(respondent);
        form.setWave(wave);
        form.setSlot(slot);
        return paperPage(model, pair, user, form, Map.of());
    }

    private String paperPage(Model model, Questionnaires.PairInfo pair, CurrentUser user, AnswerForm form,
            Map<Long, String> errors) {
        Respondent respondent = form.getRespondent() == null || form.getRespondent() == Respondent.CURATOR
                ? Respondent.MENTEE : form.getRespondent();
        model.addAttribute("school", schools.readable(user, pair.schoolId()));
        model.addAttribute("pair", pair);
        model.addAttribute("answerForm", form);
        model.addAttribute("template",
                questionnaires.current(pair.municipalityId(), pair.formId(), respondent).orElse(null));
        model.addAttribute("errors", errors);
        model.addAttribute("problem", questionnaires.problem(pair, form.getRespondent(),
                form.getSlot() == null ? 0 : form.getSlot(), form.getWave()).orElse(null));
        return "questionnaires/paper";
    }

    @PostMapping("/pairs/{id}/questionnaires/paper")
    String paper(@PathVariable long id, @ModelAttribute("answerForm") AnswerForm form, BindingResult binding,
            @RequestParam Map<String, String> params, CurrentUser user, Model model, RedirectAttributes redirect) {
        form.setAnswers(AnswerForm.answersOf(params));
        Questionnaires.PairInfo pair = curatorsPair(id, user);
        if (binding.hasErrors()) {
            return paperPage(model, pair, user, form, Map.of());
        }
        Questionnaires.Outcome outcome;
        try {
            outcome = questionnaires.submitPaper(pair, form.getRespondent(), form.getSlot() == null ? 0
                    : form.getSlot(), form.getWave(), form.getAnswers(), user.id());
        } catch (DataIntegrityViolationException e) {
            outcome = Questionnaires.Outcome.refused("questionnaire.error.answered");
        }
        if ("questionnaire.error.respondent".equals(outcome.refusal())) {
            binding.rejectValue(form.getRespondent() == null ? "respondent" : form.getWave() == null ? "wave"
                    : "slot", outcome.refusal());
            return paperPage(model, pair, user, form, Map.of());
        }
        if (outcome.refusal() != null) {
            model.addAttribute("refusal", outcome.refusal());
            return paperPage(model, pair, user, form, Map.of());
        }
        if (!outcome.saved()) {
            return paperPage(model, pair, user, form, outcome.errors());
        }
        redirect.addFlashAttribute("flashSuccess", "questionnaire.paper.saved");
        return "redirect:/pairs/" + id + "/questionnaires";
    }

    /** A single respondent's answers: the school's curator only (audited as a view). */
    @GetMapping("/questionnaire-responses/{id}")
    String response(@PathVariable long id, CurrentUser user, Model model) {
        QuestionnaireResponse response = questionnaires.response(id);
        SchoolSummary school = schools.editable(user, response.getSchoolId());
        audit.record("VIEW", "QuestionnaireResponse", id, response.getSchoolId(), null);
        model.addAttribute("school", school);
        model.addAttribute("response", response);
        model.addAttribute("template", questionnaires.template(response.getTemplateId()));
        Map<Long, Answer> byQuestion = new java.util.HashMap<>();
        response.getAnswers().forEach(a -> byQuestion.put(a.getQuestionId(), a));
        model.addAttribute("answers", byQuestion);
        return "questionnaires/response";
    }

    // ---- the curator's questionnaire

    @GetMapping("/schools/{id}/questionnaires/curator")
    String curatorForm(@PathVariable long id, CurrentUser user, Model model) {
        SchoolSummary school = schools.editable(user, id);
        AnswerForm form = new AnswerForm();
        questionnaires.curatorResponse(id, questionnaires.currentYear()).ifPresent(r -> r.getAnswers().forEach(a ->
                form.getAnswers().put(String.valueOf(a.getQuestionId()), value(a))));
        return curatorPage(model, school, form, Map.of());
    }

    private static String value(Answer a) {
        if (a.getScaleValue() != null) {
            return a.getScaleValue().toString();
        }
        if (a.getYesNo() != null) {
            return a.getYesNo().toString();
        }
        return a.getChoice() != null ? a.getChoice() : a.getTextValue();
    }

    private String curatorPage(Model model, SchoolSummary school, AnswerForm form, Map<Long, String> errors) {
        model.addAttribute("school", school);
        model.addAttribute("answerForm", form);
        model.addAttribute("template", questionnaires.current(school.municipalityId(), null, Respondent.CURATOR)
                .orElseThrow(NotFoundException::new));
        model.addAttribute("errors", errors);
        model.addAttribute("year", questionnaires.currentYear());
        return "questionnaires/curator";
    }

    @PostMapping("/schools/{id}/questionnaires/curator")
    String curator(@PathVariable long id, @ModelAttribute("answerForm") AnswerForm form, BindingResult binding,
            @RequestParam Map<String, String> params, CurrentUser user, Model model, RedirectAttributes redirect) {
        form.setAnswers(AnswerForm.answersOf(params));
        SchoolSummary school = schools.editable(user, id);
        Questionnaires.Outcome outcome = questionnaires.submitCurator(id, school.municipalityId(), form.getAnswers(),
                user.id());
        if (!outcome.saved()) {
            return curatorPage(model, school, form, outcome.errors());
        }
        redirect.addFlashAttribute("flashSuccess", "questionnaire.curator.saved");
        return "redirect:/schools/" + id + "/questionnaires";
    }

    // ---- SWOT

    @GetMapping("/schools/{id}/questionnaires/swot")
    String swotForm(@PathVariable long id, @RequestParam(required = false) Long form, CurrentUser user,
            Model model) {
        SchoolSummary school = schools.readable(user, id);
        List<Questionnaires.FormOption> forms = questionnaires.forms();
        long formId = form != null && forms.stream().anyMatch(f -> f.id() == form) ? form
                : forms.isEmpty() ? 0 : forms.get(0).id();
        model.addAttribute("swotForm", SwotForm.of(formId,
                questionnaires.swot(id, formId, questionnaires.currentYear()).orElse(null)));
        return swotPage(model, school, user);
    }

    private String swotPage(Model model, SchoolSummary school, CurrentUser user) {
        model.addAttribute("school", school);
        model.addAttribute("forms", questionnaires.forms());
        model.addAttribute("year", questionnaires.currentYear());
        model.addAttribute("canEdit", user.editsSchoolData(school.id()));
        return "questionnaires/swot";
    }

    @PostMapping("/schools/{id}/questionnaires/swot")
    @StaleVersionForm("questionnaires/swot")
    String swot(@PathVariable long id, @Valid @ModelAttribute("swotForm") SwotForm form, BindingResult errors,
            CurrentUser user, Model model, RedirectAttributes redirect) {
        SchoolSummary school = schools.editable(user, id);
        swotPage(model, school, user);
        if (form.getFormId() != null && questionnaires.forms().stream().noneMatch(f -> f.id() == form.getFormId())) {
            errors.rejectValue("formId", "questionnaire.swot.form");
        }
        if (errors.hasErrors()) {
            return "questionnaires/swot";
        }
        questionnaires.saveSwot(id, form.getFormId(), form.getVersion() == null ? -2 : form.getVersion(),
                form.getStrengths(), form.getWeaknesses(), form.getOpportunities(), form.getThreats(), user.id());
        redirect.addFlashAttribute("flashSuccess", "questionnaire.swot.saved");
        return "redirect:/schools/" + id + "/questionnaires/swot?form=" + form.getFormId();
    }
}
