import type { ApiDesign } from './model';

const openApi = `openapi: 3.0.3
info:
  title: ShopStream API
  version: 1.0.0
  description: Public REST API of ShopStream, served through the API Gateway (Kong).
servers:
  - url: https://api.shopstream.example/v1
    description: Production
  - url: https://api.staging.shopstream.example/v1
    description: Staging
security:
  - bearerAuth: []
tags:
  - name: Users
  - name: Products
paths:
  /users:
    get:
      tags: [Users]
      summary: List users
      description: Admin and support roles only.
      operationId: listUsers
      parameters:
        - $ref: '#/components/parameters/Page'
      responses:
        '200':
          description: Success
          content:
            application/json:
              schema:
                type: array
                items:
                  $ref: '#/components/schemas/User'
        '401':
          $ref: '#/components/responses/Unauthorized'
    post:
      tags: [Users]
      summary: Register a user
      operationId: createUser
      security: []
      requestBody:
        required: true
        content:
          application/json:
            schema:
              $ref: '#/components/schemas/NewUser'
      responses:
        '201':
          description: Created
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/User'
        '400':
          $ref: '#/components/responses/BadRequest'
        '409':
          description: A user with this email already exists
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Error'
  /users/{id}:
    parameters:
      - name: id
        in: path
        required: true
        schema: { type: string, format: uuid }
    get:
      tags: [Users]
      summary: Get a user
      operationId: getUser
      responses:
        '200':
          description: Success
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/User'
        '401':
          $ref: '#/components/responses/Unauthorized'
        '404':
          $ref: '#/components/responses/NotFound'
    patch:
      tags: [Users]
      summary: Update a user
      operationId: updateUser
      requestBody:
        required: true
        content:
          application/json:
            schema:
              $ref: '#/components/schemas/UserUpdate'
      responses:
        '200':
          description: Updated
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/User'
        '400':
          $ref: '#/components/responses/BadRequest'
        '401':
          $ref: '#/components/responses/Unauthorized'
        '404':
          $ref: '#/components/responses/NotFound'
    delete:
      tags: [Users]
      summary: Delete a user
      operationId: deleteUser
      responses:
        '204':
          description: Deleted
        '401':
          $ref: '#/components/responses/Unauthorized'
        '404':
          $ref: '#/components/responses/NotFound'
  /products:
    get:
      tags: [Products]
      summary: List products
      operationId: listProducts
      security: []
      parameters:
        - $ref: '#/components/parameters/Page'
      responses:
        '200':
          description: Success
          content:
            application/json:
              schema:
                type: array
                items:
                  $ref: '#/components/schemas/Product'
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
      bearerFormat: JWT
  parameters:
    Page:
      name: page
      in: query
      description: Page number, starting at 1; pages hold 50 items.
      schema: { type: integer, minimum: 1, default: 1 }
  responses:
    BadRequest:
      description: The request body is invalid
      content:
        application/json:
          schema:
            $ref: '#/components/schemas/Error'
    Unauthorized:
      description: Missing, invalid or expired access token
      content:
        application/json:
          schema:
            $ref: '#/components/schemas/Error'
    NotFound:
      description: No such resource
      content:
        application/json:
          schema:
            $ref: '#/components/schemas/Error'
  schemas:
    User:
      type: object
      required: [id, email, role, createdAt, updatedAt]
      properties:
        id: { type: string, format: uuid, readOnly: true }
        email: { type: string, format: email, maxLength: 255 }
        role: { type: string, enum: [customer, support, admin] }
        createdAt: { type: string, format: date-time, readOnly: true }
        updatedAt: { type: string, format: date-time, readOnly: true }
    NewUser:
      type: object
      required: [email, password]
      properties:
        email: { type: string, format: email, maxLength: 255 }
        password: { type: string, format: password, minLength: 12 }
    UserUpdate:
      type: object
      minProperties: 1
      properties:
        email: { type: string, format: email, maxLength: 255 }
    Product:
      type: object
      required: [id, sku, name, price, inventoryCount]
      properties:
        id: { type: string, format: uuid }
        sku: { type: string }
        name: { type: string, maxLength: 255 }
        description: { type: string }
        price:
          type: string
          pattern: '^\\d{1,8}\\.\\d{2}$'
          description: Decimal amount as a string, so cents stay exact (DECIMAL(10, 2) in the database).
          example: '24.90'
        inventoryCount: { type: integer, minimum: 0 }
    Error:
      type: object
      required: [code, message]
      properties:
        code: { type: string }
        message: { type: string }`;

export function example(): ApiDesign {
  return { openApi };
}
