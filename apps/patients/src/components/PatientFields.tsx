import { Checkbox, Fieldset, Select, SimpleGrid, Stack, TextInput } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { administrativeSexOptions, type PatientFormValues } from "../patient-form.ts";
import { DateField } from "./DateField.tsx";

/** The fields of a patient record, shared by registration and editing. */
export function PatientFields({ form, showMrn }: { form: UseFormReturnType<PatientFormValues>; showMrn: boolean }) {
  return (
    <Stack gap="md">
      <Fieldset legend="Identity">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {showMrn && (
            <TextInput
              label="MRN"
              description="Leave empty to have Gantry assign the next MRN"
              data-testid="patient-form-mrn"
              {...form.getInputProps("mrn")}
            />
          )}
          <TextInput label="Family name" withAsterisk data-testid="patient-form-family-name" {...form.getInputProps("familyName")} />
          <TextInput label="Given name" withAsterisk data-testid="patient-form-given-name" {...form.getInputProps("givenName")} />
          <TextInput label="Middle name" data-testid="patient-form-middle-name" {...form.getInputProps("middleName")} />
          <DateField label="Birth date" withAsterisk data-testid="patient-form-birth-date" {...form.getInputProps("birthDate")} />
          <Select
            label="Administrative sex"
            withAsterisk
            data={administrativeSexOptions}
            allowDeselect={false}
            data-testid="patient-form-sex"
            {...form.getInputProps("administrativeSex")}
          />
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend="Contact">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Phone" type="tel" {...form.getInputProps("phone")} />
          <TextInput label="Email" type="email" {...form.getInputProps("email")} />
          <TextInput label="Preferred language" description="Language tag, e.g. en or es-MX" {...form.getInputProps("preferredLanguage")} />
          <Checkbox label="Interpreter needed" mt="lg" {...form.getInputProps("interpreterNeeded", { type: "checkbox" })} />
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend="Address">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Street address" {...form.getInputProps("addressLine")} />
          <TextInput label="City" {...form.getInputProps("city")} />
          <TextInput label="State or region" {...form.getInputProps("region")} />
          <TextInput label="Postal code" {...form.getInputProps("postalCode")} />
          <TextInput label="Country" description="Two-letter code, e.g. US" maxLength={2} {...form.getInputProps("country")} />
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend="Emergency contact">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label="Contact name" {...form.getInputProps("emergencyContactName")} />
          <TextInput label="Contact phone" type="tel" {...form.getInputProps("emergencyContactPhone")} />
          <TextInput label="Relationship" {...form.getInputProps("emergencyContactRelationship")} />
        </SimpleGrid>
      </Fieldset>
    </Stack>
  );
}
