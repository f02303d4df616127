package nl.tandem.coaching;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may read a note. A note is the coach's own unless the coach shares it; sensitive
 * content is never shared with the employer.
 */
public enum NoteVisibility {

	COACH_ONLY, SHARED_WITH_PARTICIPANT, SHARED_WITH_EMPLOYER;

	/**
	 * Who reads notes, and which visibilities each of them may read.
	 */
	public enum Reader {

		STAFF(EnumSet.allOf(NoteVisibility.class)),
		PARTICIPANT(EnumSet.of(SHARED_WITH_PARTICIPANT, SHARED_WITH_EMPLOYER)),
		EMPLOYER(EnumSet.of(SHARED_WITH_EMPLOYER));

		private final Set<NoteVisibility> readable;

		Reader(Set<NoteVisibility> readable) {
			this.readable = readable;
		}

		public Set<NoteVisibility> readable() {
			return this.readable;
		}

	}

}
