import { graphqlRequest } from "@gantry/web-kit/graphql";
import { Button, Group, TextInput } from "@mantine/core";
import { useState } from "react";
import { useNavigate } from "react-router";
import { useArea } from "../../area-context.tsx";
import { describeSchedulingError } from "../../errors.ts";
import { OrderByAccessionQuery } from "../../operations/imaging-order.ts";

/** Jumps to an order by its accession number (what PACS, the worklist and the paper slip carry). */
export function OpenByAccession() {
  const { link } = useArea();
  const navigate = useNavigate();
  const [accession, setAccession] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const open = async () => {
    if (!accession.trim()) return setProblem("Type an accession number");
    setPending(true);
    try {
      const data = await graphqlRequest(OrderByAccessionQuery, { accessionNumber: accession.trim() });
      if (data.imagingOrderByAccession) void navigate(link(`orders/${data.imagingOrderByAccession.id}`));
      else setProblem(`No order has accession number ${accession.trim()}.`);
    } catch (error) {
      setProblem(describeSchedulingError(error));
    } finally {
      setPending(false);
    }
  };
  return (
    <form
      noValidate
      aria-label="Open an order by accession number"
      onSubmit={(event) => {
        event.preventDefault();
        void open();
      }}
    >
      <Group align="flex-end" gap="xs">
        <TextInput
          label="Accession number"
          value={accession}
          error={problem}
          onChange={(event) => {
            setAccession(event.currentTarget.value);
            setProblem(null);
          }}
        />
        <Button type="submit" variant="default" loading={pending}>
          Open
        </Button>
      </Group>
    </form>
  );
}
