/** Fixed lists the demo data draws from; changing them changes every seeded database. */
export const familyNames = [
  "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
  "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin",
  "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson",
  "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores",
  "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts",
  "Okafor", "Haddad", "Kowalski", "Lindqvist", "Nakamura", "Patel", "Cohen", "Murphy", "O'Brien", "Schmidt",
] as const;

export const femaleGivenNames = [
  "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica", "Sarah", "Karen",
  "Lisa", "Nancy", "Betty", "Sandra", "Margaret", "Ashley", "Kimberly", "Emily", "Donna", "Michelle",
  "Ada", "Rana", "Aiko", "Priya", "Sofia", "Amara", "Ingrid", "Fatima", "Lucia", "Mei",
] as const;

export const maleGivenNames = [
  "James", "Robert", "John", "Michael", "David", "William", "Richard", "Joseph", "Thomas", "Christopher",
  "Charles", "Daniel", "Matthew", "Anthony", "Mark", "Donald", "Steven", "Paul", "Andrew", "Joshua",
  "Per", "Omar", "Kenji", "Ravi", "Mateo", "Kwame", "Lars", "Yusuf", "Diego", "Wei",
] as const;

export const cities = [
  ["Springfield", "IL", "627"], ["Riverton", "WY", "825"], ["Fairview", "OR", "970"], ["Madison", "WI", "537"],
  ["Georgetown", "TX", "786"], ["Salem", "MA", "019"], ["Franklin", "TN", "370"], ["Clinton", "IA", "527"],
] as const;

export const streets = ["Main St", "Oak Ave", "Maple Dr", "Cedar Ln", "Pine St", "Elm St", "Lake Rd", "Hillcrest Blvd", "Park Ave", "River Rd"] as const;

/** Spoken at home; English most often, then the languages interpreters are booked for. */
export const languages = ["en", "en", "en", "en", "en", "en", "en", "en", "es", "es", "zh", "vi", "ar", "pl"] as const;

export const payers = [
  ["Northwind Health", ["PPO Gold", "HMO Silver", "EPO Bronze"]],
  ["Contoso Mutual", ["Choice Plus", "Select"]],
  ["Fabrikam Care", ["Advantage", "Medicare Supplement G"]],
  ["State Medicaid", ["Medicaid Managed Care"]],
  ["Medicare", ["Part B"]],
] as const;

export const outsideFacilities = ["St. Elsewhere Imaging", "County General Hospital", "Lakeside Radiology", "University Medical Center"] as const;

export const demoProcedureCodes = ["MRI-BRAIN-WWO", "CT-ABD-PEL-W", "MRI-LSPINE-WO", "CT-CHEST-W", "US-ABD-COMPLETE", "NM-BONE-WB"] as const;
