import { graphql } from "../__generated__/gql.ts";

export const InventoryQuery = graphql(`
  query Inventory($expiringWithinDays: Int!) {
    inventoryItems {
      id
      name
      category
      unit
      location
      reorderLevel
      onHand
      lots {
        id
        lotNumber
        expiresOn
        onHand
      }
    }
    itemsBelowReorderLevel {
      id
      name
      unit
      onHand
      reorderLevel
    }
    lotsExpiring(withinDays: $expiringWithinDays) {
      expiresOn
      onHand
      expired
      lot {
        id
        lotNumber
      }
      item {
        id
        name
        unit
      }
    }
  }
`);

export const ReceiveStockMutation = graphql(`
  mutation ReceiveStock($input: ReceiveStockInput!) {
    receiveStock(input: $input) {
      id
      quantity
      lot {
        id
        lotNumber
        item {
          id
          name
          onHand
        }
      }
    }
  }
`);

export const RecordStockUseMutation = graphql(`
  mutation RecordStockUse($input: WithdrawStockInput!) {
    recordStockUse(input: $input) {
      id
      quantity
      lot {
        id
        lotNumber
        onHand
        item {
          id
          name
        }
      }
    }
  }
`);
