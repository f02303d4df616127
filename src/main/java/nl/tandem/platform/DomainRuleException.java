package nl.tandem.platform;

/**
 * A rule of the domain refused an action. The message key names the reason in the message
 * bundles, so that the user is told why in their own language.
 */
public class DomainRuleException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	public DomainRuleException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

}
