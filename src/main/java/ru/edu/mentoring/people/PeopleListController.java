package ru.edu.mentoring.people;

import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.web.PageLinks;
import ru.edu.mentoring.shared.SearchText;

/** The list of a school's people: search, kind, the filter of those whose processing stopped, paging. */
@Controller
class PeopleListController {

    private final Schools schools;
    private final People people;
    private final PersonRepository persons;
    private final PeoplePages pages;
    private final int pageSize;

    PeopleListController(Schools schools, People people, PersonRepository persons, PeoplePages pages,
            @Value("${app.page-size:20}") int pageSize) {
        this.schools = schools;
        this.people = people;
        this.persons = persons;
        this.pages = pages;
        this.pageSize = pageSize;
    }

    @GetMapping("/schools/{schoolId}/people")
    @Transactional(readOnly = true)
    String list(@PathVariable long schoolId, @RequestParam(required = false) PersonKind kind,
            @RequestParam(defaultValue = "") String q, @RequestParam(required = false) Integer page,
            @RequestParam(defaultValue = "false") boolean withdrawn, CurrentUser user, Model model) {
        SchoolSummary school = schools.readable(user, schoolId);
        Page<Person> result = persons.search(schoolId, kind, SearchText.likePattern(q).replace('ё', 'е'), withdrawn,
                PageLinks.request(page, pageSize, Sort.by("searchName", "id")));
        Map<Long, Participant> details = people.assemble(result.getContent(), people.today());
        pages.auditMinors("PeopleList", schoolId, details.values());
        model.addAttribute("school", school);
        model.addAttribute("page", result.map(p -> details.get(p.getId())));
        model.addAttribute("pages", PageLinks.window(result));
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", PersonKind.values());
        model.addAttribute("q", q.strip());
        model.addAttribute("withdrawn", withdrawn);
        model.addAttribute("canEdit", user.editsSchoolData(schoolId));
        model.addAttribute("canExport", PeopleExports.mayExport(user, school));
        model.addAttribute("bulkActions", BulkForm.Action.values());
        return "people/list";
    }
}
