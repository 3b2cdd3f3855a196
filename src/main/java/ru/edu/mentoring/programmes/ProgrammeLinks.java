package ru.edu.mentoring.programmes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.edu.mentoring.documents.PublicProgrammes;
import ru.edu.mentoring.pairing.PairPageLinks;
import ru.edu.mentoring.shared.AcademicYear;

/** What this module adds to the pages of lower modules: the pair's page and the school's public page. */
@Component
class ProgrammeLinks implements PairPageLinks, PublicProgrammes {

    private final Programmes programmes;
    private final PersonalProgrammeRepository personal;

    ProgrammeLinks(Programmes programmes, PersonalProgrammeRepository personal) {
        this.programmes = programmes;
        this.personal = personal;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Link> linksFor(long pairId, long schoolId, long formId, LocalDate startDate, boolean canEdit) {
        List<Link> links = new ArrayList<>();
        var ref = programmes.programmeOfPair(schoolId, formId, startDate);
        if (ref.isPresent()) {
            links.add(new Link("programme.ofPair", "programme.ofPair.link",
                    List.of(programmes.formName(formId), ref.get().yearLabel()),
                    "programme.status." + ref.get().status().name(), "/programmes/" + ref.get().id(), "pair-programme"));
        } else {
            links.add(new Link("programme.ofPair", "programme.ofPair.none",
                    List.of(AcademicYear.label(AcademicYear.of(startDate))), null, null, "pair-programme"));
        }
        if (programmes.teacherFormId().map(t -> t == formId).orElse(false)) {
            boolean exists = personal.findByPairId(pairId).isPresent();
            if (exists || canEdit) {
                links.add(new Link("personal.title", exists ? "personal.open" : "personal.create", List.of(),
                        null, "/pairs/" + pairId + "/personal-programme", "personal-programme-link"));
            }
        }
        return links;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Item> approvedOf(long schoolId) {
        return programmes.approvedOf(schoolId).stream()
                .map(p -> new Item(programmes.formName(p.getFormId()), AcademicYear.label(p.getAcademicYear()),
                        p.getPeriodFrom(), p.getPeriodTo(), p.getGoal(), p.getTasks(), p.getVariations()))
                .toList();
    }
}
