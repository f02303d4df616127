package nl.tandem.trajectory;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.tandem.employer.ContactView;
import nl.tandem.employer.Employers;
import nl.tandem.identity.CurrentUser;
import nl.tandem.platform.DomainRuleException;
import nl.tandem.platform.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The trajectories an employer contact takes part in: those whose current placement (or
 * the placement about to start, as coaching best starts before the first day) is at the
 * contact's employer, for as long as the coaching runs. A contact who was made inactive,
 * another employer's contact, staff and participants find none of them: for them every
 * trajectory is "not found". This is the one place that decides which employees an
 * employer contact sees; the portal asks here first and hands the frame to the other
 * modules as the proof that the contact may see the trajectory.
 */
@Service
@Transactional(readOnly = true)
public class EmployerPlacements {

	private final TrajectoryRepository trajectories;

	private final Trajectories frames;

	private final Employers employers;

	private final JdbcClient jdbc;

	EmployerPlacements(TrajectoryRepository trajectories, Trajectories frames, Employers employers, JdbcClient jdbc) {
		this.trajectories = trajectories;
		this.frames = frames;
		this.employers = employers;
		this.jdbc = jdbc;
	}

	/**
	 * The employer the signed-in contact speaks for, if the user is an active employer
	 * contact.
	 */
	public Optional<ContactView> contact(CurrentUser user) {
		if (user.employerContactId().isEmpty()) {
			return Optional.empty();
		}
		return this.employers.contact(user.organisationId(), user.employerContactId().getAsLong())
			.filter(ContactView::active);
	}

	/**
	 * The open trajectories of the employees the contact's employer has now, oldest
	 * referral first.
	 */
	public List<TrajectoryFrame> ofContact(CurrentUser user) {
		ContactView contact = contact(user).orElse(null);
		if (contact == null) {
			return List.of();
		}
		LocalDate today = this.frames.today();
		return this.jdbc.sql("""
				select distinct t.id, t.referred_on from trajectory t
				join placement p on p.trajectory_id = t.id and p.organisation_id = t.organisation_id
				where t.organisation_id = :organisation and p.employer_id = :employer and t.phase <> 'CLOSED'
				  and (p.end_date is null or p.end_date >= :today)
				order by t.referred_on, t.id
				""")
			.param("organisation", user.organisationId())
			.param("employer", contact.employerId())
			.param("today", today)
			.query((rs, row) -> rs.getLong("id"))
			.list()
			.stream()
			.map(id -> this.trajectories.findByIdAndOrganisationId(id, user.organisationId()).orElseThrow())
			.filter(t -> placedAt(t, contact.employerId(), today))
			.map(this.frames::frameOf)
			.toList();
	}

	/**
	 * One trajectory of an employee of the contact's employer; "not found" for any other
	 * trajectory, and for anyone but an active contact of that employer.
	 */
	public TrajectoryFrame ofContact(CurrentUser user, long trajectoryId) {
		return this.frames.frameOf(placed(user, trajectoryId));
	}

	/**
	 * Records on the trajectory that the plan was agreed, when the employer contact's
	 * sign-off in the portal was the last of the three. The plan module calls this; it
	 * has its own version check.
	 */
	@Transactional
	public void recordPlanAgreement(CurrentUser user, long trajectoryId, LocalDate agreedOn) {
		if (agreedOn == null || agreedOn.isAfter(this.frames.today())) {
			throw new DomainRuleException("trajectory.plan.agreedOn.invalid");
		}
		Trajectory trajectory = placed(user, trajectoryId);
		trajectory.planAgreed(agreedOn);
		this.trajectories.save(trajectory);
	}

	private Trajectory placed(CurrentUser user, long trajectoryId) {
		ContactView contact = contact(user).orElseThrow(() -> new NotFoundException("trajectory", trajectoryId));
		return this.trajectories.findByIdAndOrganisationId(trajectoryId, user.organisationId())
			.filter(t -> t.phase() != Phase.CLOSED && placedAt(t, contact.employerId(), this.frames.today()))
			.orElseThrow(() -> new NotFoundException("trajectory", trajectoryId));
	}

	private static boolean placedAt(Trajectory trajectory, long employerId, LocalDate today) {
		return trajectory.currentPlacement(today).map(p -> p.employerId() == employerId).orElse(false);
	}

}
