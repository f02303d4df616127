package nl.tandem.coaching;

import nl.tandem.platform.DomainRuleException;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A note of a session with who may read it. A sensitive note (health, private life) can
 * never be shared with the employer.
 */
@Table("session_note")
public record SessionNote(long organisationId, NoteVisibility visibility, boolean sensitive, String text) {

	public SessionNote {
		if (text == null || text.isBlank()) {
			throw new DomainRuleException("note.text.required");
		}
		if (visibility == null) {
			visibility = NoteVisibility.COACH_ONLY;
		}
		if (sensitive && visibility == NoteVisibility.SHARED_WITH_EMPLOYER) {
			throw new DomainRuleException("note.sensitive.notForEmployer");
		}
	}

}
