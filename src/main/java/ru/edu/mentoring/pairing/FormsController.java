package ru.edu.mentoring.pairing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
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
import ru.edu.mentoring.shared.StaleVersionException;
import ru.edu.mentoring.web.StaleVersionForm;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.accounts.Role;
import ru.edu.mentoring.people.Category;
import ru.edu.mentoring.schools.SchoolKind;
import ru.edu.mentoring.shared.NotFoundException;
import ru.edu.mentoring.shared.PlainText;

/** Forms of mentoring and their variations as data: everyone reads them, department staff edit them. */
@Controller
class FormsController {

    private final MentoringFormRepository forms;
    private final FormVariationRepository variations;

    FormsController(MentoringFormRepository forms, FormVariationRepository variations) {
        this.forms = forms;
        this.variations = variations;
    }

    /** The editable fields of a form. */
    public static class FormEdit {

        @NotBlank(message = "{validation.required}")
        @Size(max = 200, message = "{validation.tooLong}")
        @PlainText
        private String name;

        private Set<Category> mentorCategories = EnumSet.noneOf(Category.class);

        private Set<Category> menteeCategories = EnumSet.noneOf(Category.class);

        private Set<SchoolKind> appliesTo = EnumSet.noneOf(SchoolKind.class);

        private boolean teacherFormat;

        private boolean active = true;

        @Min(value = 0, message = "{form.sortOrder.invalid}")
        @Max(value = 1000, message = "{form.sortOrder.invalid}")
        private int sortOrder;

        private long version;

        static FormEdit of(MentoringForm f) {
            FormEdit e = new FormEdit();
            e.name = f.getName();
            e.mentorCategories = f.getMentorCategorySet();
            e.menteeCategories = f.getMenteeCategorySet();
            e.appliesTo = f.getAppliesToSet();
            e.teacherFormat = f.isTeacherFormat();
            e.active = f.isActive();
            e.sortOrder = f.getSortOrder();
            e.version = f.getVersion();
            return e;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public Set<Category> getMentorCategories() {
            return mentorCategories;
        }

        public void setMentorCategories(Set<Category> v) {
            this.mentorCategories = v == null ? EnumSet.noneOf(Category.class) : v;
        }

        public Set<Category> getMenteeCategories() {
            return menteeCategories;
        }

        public void setMenteeCategories(Set<Category> v) {
            this.menteeCategories = v == null ? EnumSet.noneOf(Category.class) : v;
        }

        public Set<SchoolKind> getAppliesTo() {
            return appliesTo;
        }

        public void setAppliesTo(Set<SchoolKind> v) {
            this.appliesTo = v == null ? EnumSet.noneOf(SchoolKind.class) : v;
        }

        public boolean isTeacherFormat() {
            return teacherFormat;
        }

        public void setTeacherFormat(boolean teacherFormat) {
            this.teacherFormat = teacherFormat;
        }

        public boolean isActive() {
            return active;
        }

        public void setActive(boolean active) {
            this.active = active;
        }

        public int getSortOrder() {
            return sortOrder;
        }

        public void setSortOrder(int sortOrder) {
            this.sortOrder = sortOrder;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }
    }

    @InitBinder("formEdit")
    void fields(WebDataBinder binder) {
        binder.setAllowedFields("name", "mentorCategories", "menteeCategories", "appliesTo", "teacherFormat", "active",
                "sortOrder", "version");
    }

    @GetMapping("/forms")
    @Transactional(readOnly = true)
    String list(CurrentUser user, Model model) {
        List<MentoringForm> all = forms.findAllByOrderBySortOrderAscIdAsc();
        Map<Long, List<FormVariation>> byForm = variations.findAll().stream()
                .sorted(java.util.Comparator.comparingInt(FormVariation::getSortOrder))
                .collect(Collectors.groupingBy(FormVariation::getFormId));
        model.addAttribute("forms", all);
        model.addAttribute("variations", byForm);
        model.addAttribute("canEdit", canEdit(user));
        return "pairing/forms";
    }

    @GetMapping("/forms/new")
    String createForm(CurrentUser user, Model model) {
        requireEditor(user);
        FormEdit edit = new FormEdit();
        edit.sortOrder = 100;
        model.addAttribute("formEdit", edit);
        return editPage(model, null);
    }

    @PostMapping("/forms")
    @Transactional
    String create(@Valid @ModelAttribute("formEdit") FormEdit edit, BindingResult errors, CurrentUser user,
            Model model, RedirectAttributes redirect) {
        requireEditor(user);
        checkSets(edit, errors);
        if (errors.hasErrors()) {
            return editPage(model, null);
        }
        String code = "CUSTOM_" + System.currentTimeMillis();
        MentoringForm form = new MentoringForm(code);
        apply(form, edit);
        forms.save(form);
        redirect.addFlashAttribute("flashSuccess", "form.created");
        return "redirect:/forms";
    }

    @GetMapping("/forms/{id}/edit")
    @Transactional(readOnly = true)
    String editForm(@PathVariable long id, CurrentUser user, Model model) {
        requireEditor(user);
        MentoringForm form = forms.findById(id).orElseThrow(NotFoundException::new);
        model.addAttribute("formEdit", FormEdit.of(form));
        return editPage(model, form);
    }

    @PostMapping("/forms/{id}")
    @Transactional
    @StaleVersionForm("pairing/form-edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("formEdit") FormEdit edit, BindingResult errors,
            CurrentUser user, Model model, RedirectAttributes redirect) {
        requireEditor(user);
        MentoringForm form = forms.findById(id).orElseThrow(NotFoundException::new);
        checkSets(edit, errors);
        if (form.getVersion() != edit.getVersion()) {
            editPage(model, form);
            throw new StaleVersionException(form.getVersion());
        }
        if (errors.hasErrors()) {
            return editPage(model, form);
        }
        apply(form, edit);
        redirect.addFlashAttribute("flashSuccess", "saved");
        return "redirect:/forms";
    }

    @PostMapping("/forms/{id}/variations")
    @Transactional
    String addVariation(@PathVariable long id, @RequestParam(defaultValue = "") String name, CurrentUser user,
            RedirectAttributes redirect) {
        requireEditor(user);
        forms.findById(id).orElseThrow(NotFoundException::new);
        String trimmed = name.strip();
        var problem = PlainText.Rules.problem(name, false);
        if (trimmed.isEmpty() || trimmed.length() > 300) {
            redirect.addFlashAttribute("flashError", "variation.name.invalid");
        } else if (problem.isPresent()) {
            redirect.addFlashAttribute("flashError", problem.get());
        } else {
            int next = variations.findByFormIdOrderBySortOrderAscIdAsc(id).size() + 1;
            variations.save(new FormVariation(id, trimmed, next));
            redirect.addFlashAttribute("flashSuccess", "variation.added");
        }
        return "redirect:/forms";
    }

    @PostMapping("/forms/variations/{variationId}/active")
    @Transactional
    String toggleVariation(@PathVariable long variationId, @RequestParam(defaultValue = "false") boolean active,
            CurrentUser user, RedirectAttributes redirect) {
        requireEditor(user);
        FormVariation variation = variations.findById(variationId).orElseThrow(NotFoundException::new);
        variation.setActive(active);
        redirect.addFlashAttribute("flashSuccess", active ? "variation.enabled" : "variation.disabled");
        return "redirect:/forms";
    }

    private static void apply(MentoringForm form, FormEdit edit) {
        form.update(edit.getName(), edit.getMentorCategories(), edit.getMenteeCategories(), edit.getAppliesTo(),
                edit.isTeacherFormat(), edit.isActive(), edit.getSortOrder());
    }

    private static void checkSets(FormEdit edit, BindingResult errors) {
        if (edit.getMentorCategories().isEmpty()) {
            errors.rejectValue("mentorCategories", "form.categories.required");
        }
        if (edit.getMenteeCategories().isEmpty()) {
            errors.rejectValue("menteeCategories", "form.categories.required");
        }
        if (edit.getAppliesTo().isEmpty()) {
            errors.rejectValue("appliesTo", "form.appliesTo.required");
        }
    }

    private String editPage(Model model, MentoringForm form) {
        model.addAttribute("form", form);
        model.addAttribute("categories", Category.values());
        model.addAttribute("kinds", SchoolKind.values());
        return "pairing/form-edit";
    }

    /**
     * The catalogue of forms is one for every municipality (the national list of Р-145 and МР-42/02), so only the
     * administrator changes it; a department's staff would otherwise change every other municipality's forms.
     */
    private static boolean canEdit(CurrentUser user) {
        return user.has(Role.ADMIN);
    }

    private static void requireEditor(CurrentUser user) {
        if (!canEdit(user)) {
            throw new AccessDeniedException("administrator only");
        }
    }
}
