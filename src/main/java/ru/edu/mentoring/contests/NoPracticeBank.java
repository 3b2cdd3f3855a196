package ru.edu.mentoring.contests;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Stands in for the bank of practices until the practices module is merged: it offers no practice to choose and
 * enters nothing (the integrator replaces it with the practices module's implementation).
 */
@Component
class NoPracticeBank implements PracticeBank {

    @Override
    public List<PracticeOption> publishedOf(long schoolId) {
        return List.of();
    }

    @Override
    public Long enterWinner(long schoolId, String title, String summary, String contestTitle, int year) {
        return null;
    }

    @Override
    public boolean connected() {
        return false;
    }
}
