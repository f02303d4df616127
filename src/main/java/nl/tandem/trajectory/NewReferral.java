package nl.tandem.trajectory;

import nl.tandem.participant.ParticipantDetails;

/**
 * A referral of a known participant ({@code participantId}) or a new one
 * ({@code newParticipant}), with the coach to assign (or none yet).
 */
public record NewReferral(Long participantId, ParticipantDetails newParticipant, Referral referral, Long coachId) {
}
