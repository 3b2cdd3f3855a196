package ru.edu.mentoring.roadmaps;

/** Who performs an action on a roadmap, as it is kept in the history. */
record Actor(long userId, String name) {}
