package fr.marelle.family.entity;

/** A guardian's civility, named by the codes the PES file carries for the payer (TREASURY.md §1.3). */
public enum Civility {
    /** Monsieur. */
    M,
    /** Madame. */
    MME
}
