/**
 * The read-only REST API for regional systems ({@code /api/v1/**}, JSON, OpenAPI at {@code /api/docs}): coverage and
 * indicators per region, municipality and school, and the snapshots sent to the region. Access by API tokens the
 * administrator issues per system (scoped to a region or a municipality, kept hashed, revocable), a stateless filter
 * chain of its own, a rate limit per token and an audit row for every call. No personal data in any answer.
 */
package ru.edu.mentoring.api;
