package ru.edu.mentoring.contests;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.shared.NotFoundException;

/**
 * The public pages of contests, without login: the results of a contest once final (places, schools, practices;
 * mentors' names only with consent), and a municipality's list of contests (announced, with the jury, finished) with
 * their dates, nominations and a link to the results.
 */
@Controller
class PublicContestController {

    private final Contests contests;
    private final Schools schools;

    PublicContestController(Contests contests, Schools schools) {
        this.contests = contests;
        this.schools = schools;
    }

    @GetMapping("/public/contests/{id}")
    String results(@PathVariable long id, Model model) {
        model.addAttribute("r", contests.publicResults(id));
        return "contests/public";
    }

    @GetMapping("/public/municipalities/{id}/contests")
    String ofMunicipality(@PathVariable long id, Model model) {
        String name = schools.municipalityName(id);
        if (name.isEmpty()) {
            throw new NotFoundException();
        }
        model.addAttribute("municipalityId", id);
        model.addAttribute("municipalityName", name);
        model.addAttribute("contests", contests.publicList(id));
        return "contests/public-list";
    }
}
