{ "extends": "@gantry/tsconfig/web.json", "compilerOptions": { "types": ["vite/client", "node"] }, "include": ["src", "test", "*.ts"] }
