package nl.tandem.platform;

import java.util.Map;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Puts the reasons of refused actions next to the fields they concern, so that a form
 * shows them where the user looks, in the user's language.
 */
public final class FormErrors {

	public static final String CONFLICT = "edit.conflict";

	private FormErrors() {
	}

	/**
	 * The version a form was opened on; a form without one can only be a stale or forged
	 * edit, which the version check then refuses.
	 */
	public static long version(Long submitted) {
		return (submitted != null) ? submitted : -1;
	}

	/**
	 * Runs an action without a form (a button) and tells the user, after the redirect
	 * that follows, that it was done or why it was refused.
	 * @param done the message key of what the user is told when it was done
	 */
	public static void act(RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("saved", done);
		}
		catch (DomainRuleException ex) {
			redirect.addFlashAttribute("refused", ex.messageKey());
		}
		catch (ConcurrentEditException | OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("refused", CONFLICT);
		}
	}

	/**
	 * Runs an action of a form and records why it was refused, if it was.
	 * @param fieldsByReason the form field that each possible reason belongs to; other
	 * reasons become errors of the whole form
	 * @return whether the action succeeded
	 */
	public static boolean attempt(BindingResult errors, Map<String, String> fieldsByReason, Runnable action) {
		if (errors.hasErrors()) {
			return false;
		}
		try {
			action.run();
			return true;
		}
		catch (DomainRuleException ex) {
			String field = fieldsByReason.get(ex.messageKey());
			if (field != null) {
				errors.rejectValue(field, ex.messageKey(), ex.arguments(), null);
			}
			else {
				errors.reject(ex.messageKey(), ex.arguments(), null);
			}
		}
		catch (ConcurrentEditException | OptimisticLockingFailureException ex) {
			errors.reject(CONFLICT);
		}
		return false;
	}

}
