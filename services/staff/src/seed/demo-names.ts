/** Fixed name lists for demo staff: the seed picks from them with a seeded PRNG, so runs repeat. */
export const givenNames = [
  "Aisha", "Ben", "Carmen", "Dmitri", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jamal",
  "Keiko", "Liam", "Maya", "Nikolai", "Olivia", "Pedro", "Quinn", "Rosa", "Samir", "Tamara",
  "Uma", "Victor", "Wen", "Ximena", "Yusuf", "Zoe", "Amara", "Bruno", "Chloe", "Diego",
  "Esther", "Femi", "Gabriel", "Hana", "Ivan", "Julia", "Kwame", "Leila", "Mateo", "Nora",
];

export const familyNames = [
  "Abbott", "Banerjee", "Castillo", "Dubois", "Eriksen", "Fischer", "Garcia", "Haddad", "Ito", "Jensen",
  "Kowalski", "Lindqvist", "Mensah", "Nakamura", "Okafor", "Petrov", "Quintero", "Rossi", "Silva", "Tanaka",
  "Ueda", "Varga", "Walsh", "Xu", "Yilmaz", "Zimmermann", "Alvarez", "Brennan", "Chen", "Diallo",
  "Egan", "Ferreira", "Gupta", "Horvat", "Iqbal", "Jovanovic", "Kim", "Larsen", "Moreau", "Novak",
];
