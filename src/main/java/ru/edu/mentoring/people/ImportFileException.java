package ru.edu.mentoring.people;

/** The uploaded file as a whole cannot be imported (type, size, rows, columns); carries a message key. */
class ImportFileException extends RuntimeException {

    private final ImportProblem problem;

    ImportFileException(String key, Object... args) {
        super(key, null, false, false);
        this.problem = new ImportProblem(key, args);
    }

    ImportProblem problem() {
        return problem;
    }
}
