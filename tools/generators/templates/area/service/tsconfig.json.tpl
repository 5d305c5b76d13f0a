{ "extends": "@gantry/tsconfig/node.json", "include": ["src", "test", "*.ts"] }
