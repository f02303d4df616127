package nl.tandem.coaching;

import org.springframework.data.repository.ListCrudRepository;

/**
 * Saves sessions; sessions are read through the SQL read model in {@link Sessions}.
 */
interface CoachingSessionRepository extends ListCrudRepository<CoachingSession, Long> {

}
