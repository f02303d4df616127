package nl.tandem.plan.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.tandem.identity.CurrentUser;
import nl.tandem.organisation.Organisations;
import nl.tandem.plan.Party;
import nl.tandem.plan.PlanPage;
import nl.tandem.plan.PlanStatus;
import nl.tandem.plan.PlannedHours;
import nl.tandem.plan.PlannedMinutes;
import nl.tandem.plan.Plans;
import nl.tandem.plan.SignOff;
import nl.tandem.platform.FileNames;
import nl.tandem.platform.NotFoundException;
import nl.tandem.platform.PdfRenderer;
import nl.tandem.trajectory.Hours;
import nl.tandem.trajectory.TrajectoryFrame;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The coaching plan as a document to print, sign and keep: one version of the plan in the
 * organisation's name, in Dutch or English. It is written from the plan page alone (what
 * participant, employer and coach agree on) and never from the intake, so no health
 * information can end up in it. The access rules are those of the plan.
 */
@Component
class PlanDocument {

	private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	private final Plans plans;

	private final Organisations organisations;

	private final ITemplateEngine templates;

	private final MessageSource messages;

	private final PdfRenderer pdf;

	private final Clock clock;

	PlanDocument(Plans plans, Organisations organisations, ITemplateEngine templates, MessageSource messages,
			PdfRenderer pdf, Clock clock) {
		this.plans = plans;
		this.organisations = organisations;
		this.templates = templates;
		this.messages = messages;
		this.pdf = pdf;
		this.clock = clock;
	}

	/**
	 * A version of the plan (the latest when {@code number} is null) as a PDF.
	 */
	Pdf write(CurrentUser user, long trajectoryId, Integer number, Locale language) {
		PlanPage page = this.plans.page(user, trajectoryId, number);
		if (page.plan() == null) {
			throw new NotFoundException("plan", trajectoryId);
		}
		Map<String, Object> model = new HashMap<>();
		model.put("trajectory", page.trajectory());
		model.put("plan", page.plan());
		model.put("organisation", this.organisations.current(user).name());
		model.put("logo", this.pdf.logo());
		model.put("hours", HoursTable.of(page));
		model.put("signatures", Signature.all(page));
		model.put("printedOn", LocalDate.now(this.clock.withZone(ZONE)));
		String xhtml = this.templates.process("plan/document", new Context(language, model));
		return new Pdf(fileName(page, language), this.pdf.render(xhtml));
	}

	/**
	 * The name the document is saved under, e.g. {@code begeleidingsplan-R123-v2.pdf}: by
	 * the participant's reference, or without one by the trajectory's number.
	 */
	private String fileName(PlanPage page, Locale language) {
		String reference = ascii(page.trajectory().participantReference());
		String who = reference.isEmpty() ? String.valueOf(page.trajectory().id()) : reference;
		return this.messages.getMessage("plandoc.fileName", null, language) + "-" + who + "-v" + page.plan().number()
				+ ".pdf";
	}

	/**
	 * The text in plain letters, digits, dots, dashes and underscores, so that it is safe
	 * in a file name on every system.
	 */
	static String ascii(String text) {
		return FileNames.plain(text);
	}

	/**
	 * A written document: the name to save it under and its bytes.
	 */
	record Pdf(String fileName, byte[] content) {
	}

	/**
	 * The hours of the plan per grant period: granted, and planned as they stood when the
	 * plan was agreed, or for a plan not agreed yet as the schedule has them now.
	 */
	record HoursTable(boolean asAgreed, List<Period> periods, String totalGranted, String totalPlanned,
			String plannedWithoutGrant) {

		record Period(int number, LocalDate start, LocalDate end, String granted, String planned, boolean overGrant) {
		}

		static HoursTable of(PlanPage page) {
			PlanPage.Version plan = page.plan();
			boolean asAgreed = plan.status() == PlanStatus.AGREED || plan.status() == PlanStatus.SUPERSEDED;
			List<Period> periods = page.hours()
				.periods()
				.stream()
				.map(period -> period(period, asAgreed ? agreed(plan, period.number()) : period.minutesPlanned()))
				.toList();
			int granted = page.hours().periods().stream().mapToInt(PlannedHours.Period::minutesGranted).sum();
			int planned = asAgreed ? plan.plannedMinutes().stream().mapToInt(PlannedMinutes::minutes).sum()
					: page.hours().minutesPlanned();
			return new HoursTable(asAgreed, periods, format(granted), format(planned),
					(periods.isEmpty() && planned > 0) ? format(planned) : null);
		}

		private static Period period(PlannedHours.Period period, Integer planned) {
			return new Period(period.number(), period.start(), period.end(), format(period.minutesGranted()),
					(planned != null) ? format(planned) : null, planned != null && planned > period.minutesGranted());
		}

		private static Integer agreed(PlanPage.Version plan, int period) {
			return plan.plannedMinutes()
				.stream()
				.filter(minutes -> minutes.period() == period)
				.map(PlannedMinutes::minutes)
				.findFirst()
				.orElse(null);
		}

		private static String format(int minutes) {
			return Hours.format(minutes);
		}

	}

	/**
	 * One party's line in the signatures block: who signs, for which role, and their
	 * sign-off if it has been recorded; without one the document leaves room to sign.
	 */
	record Signature(Party party, String name, String organisation, SignOff signOff) {

		static List<Signature> all(PlanPage page) {
			TrajectoryFrame trajectory = page.trajectory();
			TrajectoryFrame.Placement placement = trajectory.current();
			return List.of(
					new Signature(Party.PARTICIPANT, trajectory.participantName(), null,
							signOff(page, Party.PARTICIPANT)),
					new Signature(Party.EMPLOYER, (placement != null) ? placement.supervisorName() : null,
							(placement != null) ? placement.employerName() : null, signOff(page, Party.EMPLOYER)),
					new Signature(Party.COACH, trajectory.coachName(), null, signOff(page, Party.COACH)));
		}

		private static SignOff signOff(PlanPage page, Party party) {
			return page.plan().signOff(party).orElse(null);
		}

	}

}
