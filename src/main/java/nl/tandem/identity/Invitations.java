package nl.tandem.identity;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import nl.tandem.identity.internal.Secrets;
import nl.tandem.platform.DomainRuleException;
import nl.tandem.platform.Mail;
import nl.tandem.platform.Mails;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations of participants and employer contacts to the portal. The coach's module
 * decides whom a coach may invite; this service makes the one-time link, mails it, and
 * opens the account when the link is used. A link is the only place its token exists: the
 * database keeps its SHA-256 hash.
 */
@Service
@Transactional
public class Invitations {

	private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	private final InvitationRepository invitations;

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final Mails mails;

	private final MessageSource messages;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final String baseUrl;

	Invitations(InvitationRepository invitations, AccountRepository accounts, PasswordEncoder passwordEncoder,
			Mails mails, MessageSource messages, JdbcClient jdbc, Clock clock,
			@Value("${tandem.base-url:}") String baseUrl) {
		this.invitations = invitations;
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.mails = mails;
		this.messages = messages;
		this.jdbc = jdbc;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	/**
	 * Invites the person: revokes an open invitation of theirs, and mails a new link. The
	 * mail is sent within the transaction, so an invitation that could not be mailed is
	 * not kept either.
	 * @param requestBase the address Tandem was reached at, for the link when
	 * {@code tandem.base-url} is not set
	 */
	public void invite(CurrentUser by, Invitee invitee, String requestBase) {
		if (by.isPortalUser()) {
			throw new AccessDeniedException("Only staff invite");
		}
		if (invitee.email() == null || invitee.email().isBlank()) {
			throw new DomainRuleException("invitation.email.missing");
		}
		if (this.accounts.findPortal(by.organisationId(), invitee.kind().name(), invitee.personId()).isPresent()) {
			throw new DomainRuleException("invitation.account.exists");
		}
		if (this.accounts.existsByEmail(Account.normalise(invitee.email()))) {
			throw new DomainRuleException("invitation.email.taken");
		}
		Instant now = this.clock.instant();
		this.invitations.findOpen(by.organisationId(), invitee.kind().name(), invitee.personId()).forEach(open -> {
			open.revoke(now);
			this.invitations.save(open);
		});
		String token = Secrets.token();
		Invitation invitation = this.invitations.save(Invitation.send(by, invitee, Secrets.sha256(token), now));
		this.mails.send(mail(by, invitation, link(requestBase, token)));
	}

	/**
	 * The invitation of a link, if the link can still be used.
	 */
	@Transactional(readOnly = true)
	public Optional<Invited> open(String token) {
		Instant now = this.clock.instant();
		return find(token).filter(invitation -> invitation.usable(now))
			.map(invitation -> new Invited(invitation.displayName(), invitation.email(), invitation.language()));
	}

	/**
	 * Opens the account of the link with the chosen password and uses the link up.
	 * @throws DomainRuleException {@code invitation.invalid} for a link that is unknown,
	 * expired, revoked or used
	 */
	public void accept(String token, String password) {
		Instant now = this.clock.instant();
		Invitation invitation = find(token).filter(i -> i.usable(now))
			.orElseThrow(() -> new DomainRuleException("invitation.invalid"));
		if (this.accounts.existsByEmail(invitation.email())) {
			throw new DomainRuleException("invitation.invalid");
		}
		Account account = this.accounts.save(Account.openPortal(invitation.organisationId(), invitation.personKind(),
				invitation.personId(), invitation.email(), invitation.displayName(), invitation.language(),
				this.passwordEncoder.encode(password)));
		invitation.accept(account.id(), now);
		try {
			this.invitations.save(invitation);
		}
		catch (OptimisticLockingFailureException ex) {
			throw new DomainRuleException("invitation.invalid");
		}
	}

	/**
	 * For each of the persons, whether they have a portal account or an open invitation.
	 */
	@Transactional(readOnly = true)
	public Map<Long, PortalAccess> access(CurrentUser user, PersonKind kind, Collection<Long> personIds) {
		Map<Long, PortalAccess> access = new HashMap<>();
		if (personIds.isEmpty()) {
			return access;
		}
		this.jdbc.sql("""
				select p.person_id, a.enabled, i.expires_at
				from unnest(cast(:persons as bigint[])) as p (person_id)
				left join account a on a.organisation_id = :organisation and a.person_kind = :kind
				                   and a.person_id = p.person_id
				left join invitation i on i.organisation_id = :organisation and i.person_kind = :kind
				                      and i.person_id = p.person_id and i.accepted_at is null and i.revoked_at is null
				""")
			.param("persons", personIds.toArray(Long[]::new))
			.param("organisation", user.organisationId())
			.param("kind", kind.name())
			.query((rs, row) -> {
				Boolean enabled = (Boolean) rs.getObject("enabled");
				java.sql.Timestamp expires = rs.getTimestamp("expires_at");
				return PortalAccess.of(rs.getLong("person_id"), enabled, (expires != null) ? expires.toInstant() : null,
						this.clock.instant());
			})
			.list()
			.forEach(a -> access.put(a.personId(), a));
		return access;
	}

	private Optional<Invitation> find(String token) {
		if (token == null || token.length() != 43) {
			return Optional.empty();
		}
		return this.invitations.findByTokenHash(Secrets.sha256(token));
	}

	private String link(String requestBase, String token) {
		String base = (this.baseUrl != null && !this.baseUrl.isBlank()) ? this.baseUrl : requestBase;
		return base.replaceAll("/+$", "") + "/invitation/" + token;
	}

	private Mail mail(CurrentUser by, Invitation invitation, String link) {
		Locale locale = Locale.forLanguageTag(invitation.language());
		String expires = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
			.withLocale(locale)
			.withZone(AMSTERDAM)
			.format(invitation.expiresAt());
		String kind = invitation.personKind().name().toLowerCase(Locale.ROOT).replace('_', '-');
		String text = this.messages.getMessage("invitation.mail.text." + kind,
				new Object[] { invitation.displayName(), by.displayName(), link, expires }, locale);
		String subject = this.messages.getMessage("invitation.mail.subject", null, locale);
		return new Mail(invitation.organisationId(), invitation.email(), subject, text);
	}

	/**
	 * What the page of a usable link shows: whom it is for.
	 */
	public record Invited(String displayName, String email, String language) {
	}

}
