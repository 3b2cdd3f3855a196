/** Roadmaps: the municipal roadmap, school roadmaps and their approval by the department. */
package ru.edu.mentoring.roadmaps;
