package nl.tandem.trajectory;

/**
 * Something in the participant's work or private life that may call for more support.
 * Private events may touch health and are never shown to employers.
 */
public enum ContextEventKind {

	NEW_MANAGER(true), NEW_COLLEAGUES(true), TASK_CHANGE(true), REORGANISATION(true), MOVING(false), LOSS(false),
	HEALTH(false), RELATIONSHIP(false), OTHER_WORK(true), OTHER_PRIVATE(false);

	private final boolean work;

	ContextEventKind(boolean work) {
		this.work = work;
	}

	public boolean isWork() {
		return this.work;
	}

}
