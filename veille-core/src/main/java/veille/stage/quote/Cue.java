package veille.stage.quote;

import veille.doc.Entity;

/**
 * A cue of reported speech and what it governs: a verb of saying ("a déclaré que") or an attribution preposition
 * ("selon lui"), the clause it introduces and how the text names its speaker. Immutable: bounding and speaker
 * resolution return changed copies.
 *
 * @param type where the cue stands relative to its clause
 * @param sent the cue's sentence
 * @param verbStart first character of the cue words
 * @param verbEnd one past the cue words (and an inverted pronoun: "a-t-il")
 * @param firstTok first token of the cue group (auxiliary, adverbs)
 * @param lastTok one past the last token the cue consumed
 * @param leftBoundary where a clause governed by an earlier cue must stop, when this cue follows it
 * @param clause the words it governs
 * @param ref how the text names the speaker
 * @param valid whether it reports speech of its own (false for "selon ses propos" and for nested cues)
 * @param reported whether it stands inside another cue's clause ("ajoutant que la Russie soutenait ...")
 * @param speaker who speaks, once resolved; null until then or when unknown
 */
record Cue(Type type, int sent, int verbStart, int verbEnd, int firstTok, int lastTok, int leftBoundary,
           Clause clause, SpeakerRef ref, boolean valid, boolean reported, Speaker speaker) {

    /** Where a cue stands. */
    enum Type {
        /** Before its clause: "M. Wang a déclaré que ...". */
        PRE,
        /** After its clause, inverted: "..., a déclaré M. Li". */
        INV,
        /** A participle or narrative infinitive borrowing the sentence's speaker: "soulignant que ...". */
        PART,
        /** "Selon lui, ...". */
        PREP_FRONT,
        /** "..., selon l'AFP." */
        PREP_BACK,
        /** "... selon X ..." inside the sentence. */
        PREP_MID
    }

    /**
     * The words a cue governs, [start, end) in the text; {@code start} -1 when none.
     *
     * @param colon introduced by a colon or a quotation right after the verb (then always quoted speech)
     * @param object a noun-phrase object, not a clause
     */
    record Clause(int start, int end, boolean colon, boolean object) {
        static final Clause NONE = new Clause(-1, -1, false);

        Clause(int start, int end, boolean colon) {
            this(start, end, colon, false);
        }

        /** A verb's noun-phrase object ("réclame des effectifs ..."). */
        static Clause object(int start, int end) {
            return new Clause(start, end, false, true);
        }

        boolean present() {
            return start >= 0;
        }

        Clause withStart(int s) {
            return new Clause(s, end, colon, object);
        }

        Clause withEnd(int e) {
            return new Clause(start, e, colon, object);
        }
    }

    /**
     * How the text names a cue's speaker: an entity mention, a pronoun, a description [npStart, npEnd), a
     * possessive ("selon ses propos"), or nothing.
     */
    record SpeakerRef(Entity entity, String pronoun, int npStart, int npEnd, boolean possessive) {
        static final SpeakerRef NONE = new SpeakerRef(null, null, -1, -1, false);
        static final SpeakerRef POSSESSIVE = new SpeakerRef(null, null, -1, -1, true);

        static SpeakerRef entity(Entity e) {
            return new SpeakerRef(e, null, -1, -1, false);
        }

        static SpeakerRef pronoun(String p) {
            return new SpeakerRef(null, p, -1, -1, false);
        }

        static SpeakerRef description(int start, int end) {
            return new SpeakerRef(null, null, start, end, false);
        }
    }

    /** A cue as found, before bounding and resolution. */
    static Cue found(Type type, int sent, int verbStart, int verbEnd, int firstTok, int lastTok, int leftBoundary,
                     Clause clause, SpeakerRef ref) {
        return new Cue(type, sent, verbStart, verbEnd, firstTok, lastTok, leftBoundary, clause, ref, !ref.possessive(),
                false, null);
    }

    /** A cue that governs words: "X a dit que", ", a-t-il dit", "selon X"; not "la Russie soutient la Chine". */
    boolean active() {
        return type != Type.PRE && type != Type.PART || clause.present();
    }

    /** Whether it borrows its speaker from another cue of its sentence (participles, "selon ses propos"). */
    boolean borrowsSpeaker() {
        return type == Type.PART || ref.possessive();
    }

    Cue withClause(Clause c) {
        return new Cue(type, sent, verbStart, verbEnd, firstTok, lastTok, leftBoundary, c, ref, valid, reported, speaker);
    }

    Cue withRef(SpeakerRef r) {
        return new Cue(type, sent, verbStart, verbEnd, firstTok, lastTok, leftBoundary, clause, r, valid, reported,
                speaker);
    }

    Cue withLeftBoundary(int b) {
        return new Cue(type, sent, verbStart, verbEnd, firstTok, lastTok, b, clause, ref, valid, reported, speaker);
    }

    Cue invalid() {
        return new Cue(type, sent, verbStart, verbEnd, firstTok, lastTok, leftBoundary, clause, ref, false, reported,
                speaker);
    }

    /** Inside another cue's clause: no clause of its own, reports nothing. */
    Cue asReported() {
        return new Cue(type, sent, verbStart, verbEnd, firstTok, lastTok, leftBoundary, clause.withStart(-1), ref, false,
                true, speaker);
    }

    Cue withSpeaker(Speaker s) {
        return new Cue(type, sent, verbStart, verbEnd, firstTok, lastTok, leftBoundary, clause, ref, valid, reported, s);
    }
}
