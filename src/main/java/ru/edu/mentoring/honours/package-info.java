/** Honours: a school's nominations of mentors for the department's грамоты and благодарности, their PDF, and the mentor's record. */
package ru.edu.mentoring.honours;
